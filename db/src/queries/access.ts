import type { Db } from '../kysely';
import { executePrepared } from '../prepared';

export type AccessScope = {
  /** The mobilisations the resource belongs to, with what each publishes to the public. */
  mobilisations: { id: string; publicAccess: 'none' | 'profiles' }[];
  /** The organisation the resource belongs to, if any. */
  organisationId: string | null;
};

/**
 * Where a resource named in a URL lives: which mobilisation(s) and which organisation. Access rules are
 * decided on this; undefined means the resource does not exist. Asked before every request to a resource's
 * route, so its statements are prepared (prepared.ts).
 */
export async function loadAccessScope(
  db: Db,
  resource: { mobilisationId?: string; organisationId?: string; profileId?: string; initiativeId?: string },
): Promise<AccessScope | undefined> {
  if (resource.initiativeId) {
    // An initiative belongs to one mobilisation; an organisation named beside it (a participant answering)
    // is the organisation acted for.
    const [row] = (
      await executePrepared(
        db,
        db
          .selectFrom('initiatives as i')
          .innerJoin('mobilisations as m', 'm.id', 'i.mobilisation_id')
          .select(['m.id', 'm.public_access'])
          .where('i.id', '=', resource.initiativeId),
      )
    ).rows;
    return row
      ? {
          mobilisations: [{ id: row.id, publicAccess: row.public_access }],
          organisationId: resource.organisationId ?? null,
        }
      : undefined;
  }
  if (resource.profileId) {
    const [row] = (
      await executePrepared(
        db,
        db
          .selectFrom('profiles as p')
          .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
          .select(['m.id', 'm.public_access', 'p.organisation_id'])
          .where('p.id', '=', resource.profileId),
      )
    ).rows;
    return row
      ? {
          mobilisations: [{ id: row.id, publicAccess: row.public_access }],
          organisationId: row.organisation_id,
        }
      : undefined;
  }
  if (resource.organisationId) {
    const exists = await db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', resource.organisationId)
      .executeTakeFirst();
    if (!exists) return undefined;
    const rows = await db
      .selectFrom('profiles as p')
      .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
      .select(['m.id', 'm.public_access'])
      .where('p.organisation_id', '=', resource.organisationId)
      .execute();
    return {
      mobilisations: rows.map((r) => ({ id: r.id, publicAccess: r.public_access })),
      organisationId: resource.organisationId,
    };
  }
  if (resource.mobilisationId) {
    const [row] = (
      await executePrepared(
        db,
        db
          .selectFrom('mobilisations')
          .select(['id', 'public_access'])
          .where('id', '=', resource.mobilisationId),
      )
    ).rows;
    return row
      ? { mobilisations: [{ id: row.id, publicAccess: row.public_access }], organisationId: null }
      : undefined;
  }
  return { mobilisations: [], organisationId: null };
}
