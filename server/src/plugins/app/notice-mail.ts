import {
  type Db,
  enqueueJob,
  findUser,
  insertDigestEntry,
  listNotificationSettings,
  listPeopleWithDueDigests,
  runQueuedJobNow,
  serverSecret,
  takeDueDigestEntries,
  withTransaction,
} from '@kraftsamling/db';
import type { NotificationCategory } from '@kraftsamling/shared';
import fp from 'fastify-plugin';
import { digestDueAt, type MailPreference, mailPreference } from '../../mail/preferences';
import { contactMailFooter, type DigestMailLine, digestMail, noticeMailFooter } from '../../mail/templates';
import {
  signContactUnsubscribeToken,
  signUnsubscribeToken,
  type UnsubscribeScope,
} from '../../mail/unsubscribe';
import type { Mail } from './mailer';

/** A notice's mail to one person with an account: its category, what a digest says of it, and the mail itself. */
export type NoticeMail = {
  userId: string;
  category: NotificationCategory;
  mobilisationId: string | null;
  /** The notice in one line for a digest, in both languages, and where to read more. */
  line: { sv: string; en: string; url: string };
  /** The mail sent at once; made only when it is (a currency reminder's makes confirm links). */
  compose: () => Mail | Promise<Mail>;
};

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    noticeMail: {
      /** How the person wants mail about the category (the settings; decision 036). */
      preference: (db: Db, userId: string, category: NotificationCategory) => Promise<MailPreference>;
      /**
       * Mails a notice as the person chose: at once (with a one-click unsubscribe link and the List-Unsubscribe
       * headers), held for their digest, or not at all. In the caller's transaction; returns what was chosen.
       * A caller that asked `preference` already passes it, so both see the same answer.
       */
      send: (db: Db, notice: NoticeMail, preference?: MailPreference) => Promise<MailPreference>;
      /**
       * Mails a contact person without an account on the organisation's behalf (decision 029), with a one-click
       * link, and the RFC 8058 headers, that stop their being contacted for it. In the caller's transaction.
       */
      sendToContact: (
        db: Db,
        contact: { organisationId: string; organisationName: string; email: string },
        mail: Mail,
      ) => Promise<void>;
      /** Mails the digests that are due now (the job also runs by itself every hour). */
      digestNow: (db?: Db) => Promise<void>;
      /** The secret unsubscribe links are signed with (made once, shared through the database). */
      unsubscribeSecret: () => Promise<string>;
    };
  }
}

export const digestJob = 'mail-digest';
/** How often the digest job looks for due digests. */
const digestEverySeconds = 3600;

/**
 * Every notice mail goes through here (decision 036): the person's settings decide whether it is sent at once,
 * held for a daily or weekly digest, or not sent; each mail sent at once ends with a signed link that turns
 * that category off without signing in, and carries the RFC 8058 headers for the mail client's own button.
 * Digests are a job (one lock key, so one runs at a time across instances) that takes each person's due
 * lines with `delete … returning` in the transaction that writes the mail, so a line is mailed once.
 */
export default fp(
  async (app, opts: { schedule: boolean }) => {
    let secret: Promise<string> | null = null;
    const unsubscribeSecret = () => {
      secret ??= serverSecret(app.db, 'unsubscribe-links').catch((error: unknown) => {
        secret = null;
        throw error;
      });
      return secret;
    };
    const publicUrl = () => app.settings.publicUrl;
    const unsubscribe = (key: string, userId: string, scope: UnsubscribeScope) =>
      unsubscribeLink(signUnsubscribeToken(key, { userId, scope }));
    const unsubscribeLink = (token: string) => {
      return {
        page: `${publicUrl()}/unsubscribe/${token}`,
        headers: {
          'List-Unsubscribe': `<${publicUrl()}/api/unsubscribe/${token}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      };
    };

    const queueDigest = (db: Db, delaySeconds: number) =>
      enqueueJob(db, {
        kind: digestJob,
        payload: {},
        dedupeKey: digestJob,
        lockKey: digestJob,
        notify: delaySeconds === 0,
        ...(delaySeconds > 0 ? { delaySeconds } : {}),
      });

    app.jobs.handle(digestJob, async () => {
      // The next run is queued first, so a failing one does not stop the schedule.
      if (opts.schedule) await queueDigest(app.db, digestEverySeconds);
      const now = app.clock();
      const key = await unsubscribeSecret();
      for (const userId of await listPeopleWithDueDigests(app.db, now)) {
        await withTransaction(app.db, async (trx) => {
          const entries = await takeDueDigestEntries(trx, userId, now);
          const user = await findUser(trx, userId);
          if (!user || entries.length === 0) return;
          // Lines of a category the person has turned off since are dropped with the rest.
          const settings = await listNotificationSettings(trx, userId);
          const on = new Set(settings.categories.filter((c) => c.mail).map((c) => c.category));
          const lines: DigestMailLine[] = entries
            .filter((e) => on.has(e.category))
            .map((e) => ({ category: e.category, ...e.line }));
          if (lines.length === 0) return;
          const categories = [...new Set(lines.map((l) => l.category))];
          const mail = digestMail(publicUrl(), {
            to: user.email,
            lines,
            unsubscribeUrls: Object.fromEntries(
              categories.map((category) => [category, unsubscribe(key, userId, category).page]),
            ),
          });
          const mobilisations = new Set(entries.map((e) => e.mobilisationId));
          await app.mailer.send(
            {
              ...mail,
              // The mail client's button turns off every category the digest is about.
              headers: unsubscribe(key, userId, categories.length === 1 ? (categories[0] ?? 'all') : 'all')
                .headers,
              mobilisationId: mobilisations.size === 1 ? ([...mobilisations][0] ?? undefined) : undefined,
            },
            trx,
          );
        });
      }
    });

    app.decorate('noticeMail', {
      unsubscribeSecret,
      preference: mailPreference,
      send: async (db, notice, known) => {
        const preference = known ?? (await mailPreference(db, notice.userId, notice.category));
        if (preference === 'off') return preference;
        if (preference !== 'immediate') {
          const now = app.clock();
          await insertDigestEntry(db, {
            userId: notice.userId,
            category: notice.category,
            mobilisationId: notice.mobilisationId,
            line: notice.line,
            createdAt: now,
            dueAt: digestDueAt(preference, now),
          });
          return preference;
        }
        const mail = await notice.compose();
        const link = unsubscribe(await unsubscribeSecret(), notice.userId, notice.category);
        await app.mailer.send(
          {
            ...mail,
            text: `${mail.text}\n${noticeMailFooter(publicUrl(), notice.category, link.page)}`,
            headers: { ...mail.headers, ...link.headers },
          },
          db,
        );
        return preference;
      },
      sendToContact: async (db, contact, mail) => {
        const link = unsubscribeLink(signContactUnsubscribeToken(await unsubscribeSecret(), contact));
        await app.mailer.send(
          {
            ...mail,
            text: `${mail.text}\n${contactMailFooter(contact.organisationName, link.page)}`,
            headers: { ...mail.headers, ...link.headers },
          },
          db,
        );
      },
      digestNow: async (db) => {
        const id = await queueDigest(db ?? app.db, 0);
        // A digest run waiting for its hour is the one asked for: it runs now.
        await runQueuedJobNow(db ?? app.db, id);
      },
    });

    app.addHook('onReady', async () => {
      // Made before any transaction needs it: the embedded database has one connection, which a transaction
      // holds, so the secret cannot be read for the first time inside one.
      await unsubscribeSecret();
      // Every instance asks; the dedupe key keeps one run waiting. A minute after start, not during it.
      if (opts.schedule) await queueDigest(app.db, 60);
    });
  },
  { name: 'notice-mail', dependencies: ['database', 'jobs', 'mailer'] },
);
