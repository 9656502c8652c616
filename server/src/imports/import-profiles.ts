import { createHash } from 'node:crypto';
import {
  createOrganisationInMobilisation,
  type Db,
  findMobilisationIdBySlug,
  findProfileByExternalId,
  getOrganisation,
  getProfile,
  insertMobilisation,
  saveDraft,
  submitProfile,
  updateOrganisation,
  withTransaction,
} from '@kraftsamling/db';
import type { ProfileContent } from '@kraftsamling/shared';
import type { ProfileFile, ProfileFileOrganisation } from './profile-file';

export type ImportTarget = {
  slug: string;
  name: string;
  description?: string;
  periodStart?: string | null;
  periodEnd?: string | null;
};
export type ImportSummary = { mobilisationId: string; created: number; updated: number; unchanged: number };

/**
 * Stable ids for imported items, derived from where they come from, so importing the same file again finds
 * the same projects, needs and offers instead of adding copies (name-based UUID, RFC 4122 version 5 layout).
 */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(`kraftsamling:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A file organisation's answers as profile content, with item ids derived from where they come from. */
export function contentOf(mobilisationId: string, org: ProfileFileOrganisation): ProfileContent {
  const base = `${mobilisationId}/${org.id}`;
  const items = (kind: string, list: ProfileFileOrganisation['answers']['needs']) =>
    // Import files carry no kind tags; organisations choose them in the form.
    list.map((item, index) => ({
      id: nameBasedUuid(`${base}/${kind}/${index}`),
      ...item,
      supportKind: null,
    }));
  return {
    goals: org.answers.goals,
    projects: org.answers.projects.map((p, index) => ({
      id: nameBasedUuid(`${base}/project/${index}`),
      title: p.title,
      description: p.description,
      period: { start: null, end: null },
      goals: [],
    })),
    needs: items('need', org.answers.needs),
    offers: items('offer', org.answers.offers),
  };
}

/**
 * Loads a profile file into a mobilisation (created from the file's goals if it does not exist) in one
 * transaction: a file that fails half-way changes nothing, and importing the same file twice changes nothing.
 */
export async function importProfiles(
  db: Db,
  file: ProfileFile,
  target: ImportTarget,
): Promise<ImportSummary> {
  return withTransaction(db, async (trx) => {
    let mobilisationId = await findMobilisationIdBySlug(trx, target.slug);
    if (!mobilisationId) {
      if (!file.goals || file.goals.length === 0) {
        throw new Error(
          `There is no mobilisation "${target.slug}", and the file has no goals to create it with.`,
        );
      }
      mobilisationId = await insertMobilisation(trx, {
        slug: target.slug,
        name: target.name,
        description: target.description ?? '',
        periodStart: target.periodStart ?? null,
        periodEnd: target.periodEnd ?? null,
        goals: file.goals,
      });
    }
    const summary: ImportSummary = { mobilisationId, created: 0, updated: 0, unchanged: 0 };
    for (const org of file.organisations) {
      const fields = org.organisation;
      const existing = await findProfileByExternalId(trx, mobilisationId, org.id);
      let changed = false;
      let profileId: string;
      if (existing) {
        profileId = existing.profileId;
        const current = await getOrganisation(trx, existing.organisationId);
        const differs = (Object.keys(fields) as (keyof typeof fields)[]).some(
          (k) => current[k] !== fields[k],
        );
        if (differs) {
          await updateOrganisation(trx, existing.organisationId, current.version, fields);
          changed = true;
        }
      } else {
        profileId = (await createOrganisationInMobilisation(trx, mobilisationId, fields, org.id)).profileId;
      }
      const content = contentOf(mobilisationId, org);
      const before = await getProfile(trx, profileId);
      await saveDraft(trx, profileId, before.draft.version, content);
      const afterSave = await getProfile(trx, profileId);
      if (afterSave.draft.version !== before.draft.version) changed = true;
      if (afterSave.status !== 'submitted') {
        await submitProfile(trx, profileId, afterSave.draft.version);
        changed = true;
      }
      if (!existing) summary.created++;
      else if (changed) summary.updated++;
      else summary.unchanged++;
    }
    return summary;
  });
}
