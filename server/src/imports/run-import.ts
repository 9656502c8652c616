import {
  type Db,
  getMobilisation,
  invitedOrMembers,
  saveImportMapping,
  withTransaction,
} from '@kraftsamling/db';
import type { ImportResult } from '@kraftsamling/shared';
import type { FastifyInstance } from 'fastify';
import { type Acting, audit } from '../audit/record';
import { invite } from '../auth/invite';
import { importSurvey, type PreparedSurvey, type SurveyOutcome } from './survey-import';

export type ImportChoices = {
  fileName: string;
  skipRowsWithErrors: boolean;
  saveMapping: boolean;
  inviteContacts: boolean;
};

/**
 * Invites each imported organisation's contact person as a member of it, unless they are one already or an
 * invitation to them is still open; the invitations, their mails and audit entries join the import's
 * transaction, so a failed import invites nobody.
 */
async function inviteContacts(
  app: FastifyInstance,
  trx: Db,
  acting: Acting,
  survey: PreparedSurvey,
  outcome: SurveyOutcome,
): Promise<number> {
  const mobilisation = await getMobilisation(trx, outcome.mobilisationId);
  const written = new Map(outcome.rows.map((r) => [r.row, r.organisationId]));
  const contacts = survey.rows.flatMap((row) => {
    const organisationId = written.get(row.row);
    if (!organisationId || !row.contact || !row.organisation) return [];
    return [{ organisationId, organisationName: row.organisation.name, contact: row.contact }];
  });
  // Who is a member or invited already, for all of them at once (importing the same file again invites nobody).
  const known = await invitedOrMembers(
    trx,
    mobilisation.id,
    contacts.map((c) => ({ email: c.contact.email, organisationId: c.organisationId })),
  );
  let invited = 0;
  for (const { organisationId, organisationName, contact } of contacts) {
    const key = `${organisationId}/${contact.email.toLowerCase()}`;
    if (known.has(key)) continue;
    known.add(key);
    await invite(app, trx, acting, {
      email: contact.email,
      name: contact.name,
      role: 'member',
      mobilisation: { id: mobilisation.id, name: mobilisation.name },
      organisation: { id: organisationId, name: organisationName },
    });
    invited++;
  }
  return invited;
}

/**
 * The import with everything that belongs to it, in one transaction: the rows, the saved mapping, the
 * invitations asked for and the audit record of who imported what. The same for an import on the request
 * and one run by a job for the person who asked.
 */
export async function runSurveyImport(
  app: FastifyInstance,
  acting: Acting,
  mobilisationId: string,
  survey: PreparedSurvey,
  choices: ImportChoices,
  onProgress?: (done: number, total: number) => Promise<void>,
  /** Runs last in the import's transaction with its result (a job ends its run there, atomically). */
  finish?: (trx: Db, result: ImportResult) => Promise<void>,
): Promise<ImportResult> {
  let invited = 0;
  const outcome = await withTransaction(app.db, (trx) =>
    importSurvey(trx, mobilisationId, survey, {
      dryRun: false,
      skipRowsWithErrors: choices.skipRowsWithErrors,
      ...(onProgress ? { onProgress } : {}),
      afterImport: async (tx, result) => {
        if (choices.saveMapping) {
          await saveImportMapping(tx, mobilisationId, survey.mapping, acting.viewer.user?.id ?? null);
        }
        if (choices.inviteContacts) invited = await inviteContacts(app, tx, acting, survey, result);
        await audit(tx, acting, {
          action: 'profiles.imported',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          mobilisationIds: [mobilisationId],
          details: {
            file: choices.fileName,
            sheet: survey.table.sheet,
            ...result.counts,
            skipped: result.skipped,
            asDrafts: survey.asDrafts,
            invited,
          },
        });
        await finish?.(tx, {
          counts: result.counts,
          skipped: result.skipped,
          rematchQueued: result.rematchQueued,
          invited,
        });
      },
    }),
  );
  return { counts: outcome.counts, skipped: outcome.skipped, rematchQueued: outcome.rematchQueued, invited };
}
