import { type Db, insertNotifications, membersOfOrganisation } from '@kraftsamling/db';
import type { Initiative, InitiativeNoticePayload } from '@kraftsamling/shared';
import fp from 'fastify-plugin';
import { initiativeNotices } from '../../initiatives/notices';
import { initiativeMail } from '../../mail/templates';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    initiativeNotices: {
      /**
       * Tells the members of every organisation a change concerns (added to the initiative, or asked to
       * endorse it), in the app and by mail, in the change's transaction. The person who made the change is
       * not told of it.
       */
      send: (db: Db, before: Initiative | null, after: Initiative, actorId: string | null) => Promise<void>;
    };
  }
}

/**
 * Notices about initiatives, shared by the routes that change them (the list's and the initiative's own).
 * Members hear of it; an organisation without members is not mailed through its contact persons, who have
 * not chosen to take part in the platform.
 */
export default fp(
  async (app) => {
    app.decorate('initiativeNotices', {
      send: async (db, before, after, actorId) => {
        const generated = after.generatedText;
        const title = {
          sv: generated?.sv.title ?? after.title,
          en: generated?.en.title ?? after.title,
        };
        for (const notice of initiativeNotices(before, after)) {
          const members = (
            await membersOfOrganisation(db, after.mobilisationId, notice.organisationId)
          ).filter((m) => m.id !== actorId);
          const payload: InitiativeNoticePayload = {
            initiativeId: after.id,
            mobilisationId: after.mobilisationId,
            organisationId: notice.organisationId,
            organisationName: notice.organisationName,
            title: after.title,
            generatedTitle: generated ? { sv: generated.sv.title, en: generated.en.title } : null,
          };
          await insertNotifications(
            db,
            members.map((m) => ({ userId: m.id, kind: notice.kind, payload })),
          );
          const link = `${app.settings.publicUrl}/initiatives/${after.id}`;
          const added = notice.kind === 'initiative.added';
          // Each member's mail as they chose it: at once, in their digest, or none (decision 036).
          for (const member of members) {
            await app.noticeMail.send(db, {
              userId: member.id,
              category: 'initiatives',
              mobilisationId: after.mobilisationId,
              line: {
                sv: added
                  ? `${notice.organisationName} är med i initiativet "${title.sv}".`
                  : `${notice.organisationName} ombeds förankra initiativet "${title.sv}".`,
                en: added
                  ? `${notice.organisationName} takes part in the initiative "${title.en}".`
                  : `${notice.organisationName} is asked to endorse the initiative "${title.en}".`,
                url: link,
              },
              compose: () => ({
                ...initiativeMail(app.settings.publicUrl, {
                  to: member.email,
                  kind: notice.kind,
                  organisationName: notice.organisationName,
                  title,
                  initiativeId: after.id,
                }),
                mobilisationId: after.mobilisationId,
              }),
            });
          }
        }
      },
    });
  },
  { name: 'initiative-notices', dependencies: ['notice-mail'] },
);
