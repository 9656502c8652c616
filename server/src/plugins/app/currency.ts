import {
  countRecentlyReminded,
  type Db,
  enqueueJob,
  expireLapsedItems,
  findUser,
  insertCurrencyLink,
  insertNotifications,
  listItemsToAsk,
  listPeopleToRemind,
  markItemsReminded,
  type ReminderScope,
  runQueuedJobNow,
  serverSecret,
  takeReminderAllowance,
  withTransaction,
} from '@kraftsamling/db';
import type { CurrencyRound } from '@kraftsamling/shared';
import fp from 'fastify-plugin';
import { audit } from '../../audit/record';
import { signCurrencyToken } from '../../currency/links';
import { currencyReminderMail } from '../../mail/templates';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    currency: {
      /** Looks for lapsed entries and people to ask now (the sweep also runs by itself every hour). */
      sweepNow: (db?: Db) => Promise<void>;
      /** A coordinator's round: asks the members of one organisation, or of all, about every entry. */
      remindRound: (mobilisationId: string, organisationId: string | null, db?: Db) => Promise<CurrencyRound>;
      /** The secret confirm links are signed with (made once, shared through the database). */
      linkSecret: () => Promise<string>;
    };
  }
}

export const currencyJobs = { sweep: 'currency-sweep', reminder: 'currency-reminder' } as const;

type ReminderPayload = {
  userId: string;
  mobilisationId: string;
  scope: ReminderScope;
  organisationId: string | null;
  /**
   * When the sweep that queued a scheduled reminder ran (ISO): each member of an organisation is asked about its
   * entries, though the first member's reminder already marked them asked.
   */
  round?: string;
};

/** How long a confirm link works. */
const linkLifetimeMs = 30 * 24 * 3600_000;
/** How often the sweep runs by itself. */
const sweepEverySeconds = 3600;

/**
 * Keeping entries current (decision 031). An hourly sweep — a job, so one instance runs it at a time — marks
 * lapsed entries `expired` (out of matching; their profiles are matched again) and queues one reminder job
 * per person to ask. A reminder takes the person's weekly allowance in the database, so however many
 * instances or rounds ask, a person gets at most one reminder mail a week; with it come a notice and one
 * signed single-use confirm link per entry.
 */
export default fp(
  async (app, opts: { schedule: boolean }) => {
    let secret: Promise<string> | null = null;
    const linkSecret = () => {
      secret ??= serverSecret(app.db, 'currency-links').catch((error: unknown) => {
        secret = null;
        throw error;
      });
      return secret;
    };

    const queueSweep = async (db: Db, delaySeconds: number) =>
      enqueueJob(db, {
        kind: currencyJobs.sweep,
        payload: {},
        dedupeKey: currencyJobs.sweep,
        lockKey: currencyJobs.sweep,
        notify: delaySeconds === 0,
        ...(delaySeconds > 0 ? { delaySeconds } : {}),
      });

    const queueReminder = (db: Db, payload: ReminderPayload) =>
      app.jobs.enqueue(
        {
          kind: currencyJobs.reminder,
          payload,
          dedupeKey: `${currencyJobs.reminder}:${payload.userId}:${payload.mobilisationId}:${payload.scope}`,
        },
        db,
      );

    app.jobs.handle(currencyJobs.sweep, async () => {
      // The next sweep is queued first, so a failing one does not stop the schedule.
      if (opts.schedule) await queueSweep(app.db, sweepEverySeconds);
      const now = app.clock();
      await withTransaction(app.db, async (trx) => {
        const lapsed = await expireLapsedItems(trx, now);
        const profiles = new Map(lapsed.map((l) => [l.profileId, l.mobilisationId]));
        for (const [profileId, mobilisationId] of profiles) {
          await app.matching.profileSubmitted(mobilisationId, profileId, trx);
        }
        for (const mobilisationId of new Set(profiles.values())) {
          await app.collaborationMap.refresh(mobilisationId, trx);
        }
        for (const item of lapsed) {
          await audit(
            trx,
            { viewer: { user: null } },
            {
              action: 'item.expired',
              entityType: 'profile',
              entityId: item.profileId,
              details: { itemId: item.itemId, from: 'open' },
              mobilisationIds: [item.mobilisationId],
            },
          );
        }
        for (const person of await listPeopleToRemind(trx, now, { scope: 'due' })) {
          await queueReminder(trx, {
            ...person,
            scope: 'due',
            organisationId: null,
            round: now.toISOString(),
          });
        }
      });
    });

    app.jobs.handle(currencyJobs.reminder, async (job) => {
      const payload = job.payload as ReminderPayload;
      const now = app.clock();
      // Read before the transaction: the embedded database has one connection, which the transaction holds.
      const key = await linkSecret();
      await withTransaction(app.db, async (trx) => {
        const user = await findUser(trx, payload.userId);
        if (!user) return;
        const { round, ...asked } = payload;
        const organisations = await listItemsToAsk(trx, now, {
          ...asked,
          ...(round ? { round: new Date(round) } : {}),
        });
        if (organisations.length === 0) return;
        // Someone who wants no mail about it gets the notice alone, and no allowance is taken (decision 036).
        const preference = await app.noticeMail.preference(trx, payload.userId, 'currency');
        // At most one reminder mail a week per person, whoever asks, at once or in a digest: the allowance is
        // taken in this transaction, so a reminder running at the same time on another instance finds it taken.
        if (preference !== 'off' && !(await takeReminderAllowance(trx, payload.userId, now))) return;
        for (const organisation of organisations) {
          await markItemsReminded(
            trx,
            organisation.items.map((i) => i.id),
            now,
          );
        }
        await insertNotifications(
          trx,
          organisations.map((o) => ({
            userId: user.id,
            kind: 'currency.reminder' as const,
            payload: {
              mobilisationId: payload.mobilisationId,
              organisationId: o.organisationId,
              organisationName: o.organisationName,
              profileId: o.profileId,
              items: o.items.length,
            },
          })),
        );
        if (preference === 'off') return;
        const mobilisationName = organisations[0]?.mobilisationName ?? '';
        // The confirm links are made only for a mail sent at once. A digest links to the organisation's page
        // instead: the database keeps no link's token, so none could wait for the digest.
        const compose = async () => {
          const expiresAt = new Date(now.getTime() + linkLifetimeMs);
          const mailOrganisations = [];
          for (const organisation of organisations) {
            const items = [];
            for (const item of organisation.items) {
              const { token, tokenHash } = signCurrencyToken(key);
              await insertCurrencyLink(trx, { tokenHash, itemId: item.id, userId: user.id, expiresAt });
              items.push({
                kind: item.kind,
                text: item.text,
                lapsed: item.state === 'expired' || item.lapsesAt <= now,
                lapsesOn: item.lapsesAt.toISOString().slice(0, 10),
                confirmUrl: `${app.settings.publicUrl}/current/${token}`,
              });
            }
            mailOrganisations.push({
              name: organisation.organisationName,
              profileId: organisation.profileId,
              items,
            });
          }
          return {
            ...currencyReminderMail(app.settings.publicUrl, {
              to: user.email,
              mobilisationName,
              organisations: mailOrganisations,
            }),
            mobilisationId: payload.mobilisationId,
          };
        };
        // One mail at once; in a digest, one line per organisation, each with its page.
        for (const organisation of preference === 'immediate' ? organisations.slice(0, 1) : organisations) {
          const count = organisation.items.length;
          await app.noticeMail.send(
            trx,
            {
              userId: user.id,
              category: 'currency',
              mobilisationId: payload.mobilisationId,
              line: {
                sv: `Gäller detta fortfarande? ${count} ${count === 1 ? 'uppgift' : 'uppgifter'} från ${organisation.organisationName} i ${mobilisationName} behöver bekräftas för att fortsätta synas i matchningen.`,
                en: `Is this still current? ${count} ${count === 1 ? 'entry' : 'entries'} from ${organisation.organisationName} in ${mobilisationName} need confirming to stay in matching.`,
                url: `${app.settings.publicUrl}/profiles/${organisation.profileId}/current`,
              },
              compose,
            },
            preference,
          );
        }
      });
    });

    app.decorate('currency', {
      linkSecret,
      sweepNow: async (db) => {
        const id = await queueSweep(db ?? app.db, 0);
        // A sweep waiting for its hour is the one asked for: it runs now.
        await runQueuedJobNow(db ?? app.db, id);
      },
      remindRound: async (mobilisationId, organisationId, db) => {
        const handle = db ?? app.db;
        const now = app.clock();
        const people = await listPeopleToRemind(handle, now, {
          scope: 'all',
          mobilisationId,
          organisationId,
        });
        const recentlyMailed = await countRecentlyReminded(
          handle,
          people.map((p) => p.userId),
          now,
        );
        for (const person of people) {
          await queueReminder(handle, { ...person, scope: 'all', organisationId });
        }
        return { people: people.length - recentlyMailed, recentlyMailed };
      },
    });

    app.addHook('onReady', async () => {
      // Every instance asks; the dedupe key keeps one sweep waiting. A minute after start, not during it.
      if (opts.schedule) await queueSweep(app.db, 60);
    });
  },
  { name: 'currency', dependencies: ['database', 'jobs', 'notice-mail', 'matching', 'collaboration-map'] },
);
