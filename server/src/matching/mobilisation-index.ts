import {
  type Db,
  loadMatchableProfiles,
  loadProfileRevisions,
  type MatchableProfile,
} from '@kraftsamling/db';
import { type ItemRef, MatchIndex, type MatchOrganisation } from '@kraftsamling/matching';

type Side = 'need' | 'offer';

/**
 * The matching engine's index of one mobilisation, kept in this process and brought up to date from the
 * database before each use. It is a cache: any instance can rebuild it, and a profile is re-read only when its
 * submitted revision moved, so keeping it current costs one small query.
 */
export class MobilisationIndex {
  readonly index = new MatchIndex();
  private readonly revisions = new Map<string, number>();
  /** Per profile, the ids of its needs and offers in the engine's order (the engine knows positions). */
  private readonly itemIds = new Map<string, { needs: string[]; offers: string[] }>();
  private readonly refs = new Map<string, { side: Side; ref: ItemRef }>();

  constructor(readonly mobilisationId: string) {}

  /** Re-reads changed profiles; returns the ids of profiles that changed (added, edited or removed). */
  async sync(db: Db): Promise<string[]> {
    const current = await loadProfileRevisions(db, this.mobilisationId);
    const changed = [...current]
      .filter(([id, revision]) => this.revisions.get(id) !== revision)
      .map(([id]) => id);
    const removed = [...this.revisions.keys()].filter((id) => !current.has(id));
    for (const id of removed) this.forget(id);
    for (const profile of await loadMatchableProfiles(db, this.mobilisationId, changed)) this.put(profile);
    return [...changed, ...removed];
  }

  itemsOf(profileId: string): { needs: string[]; offers: string[] } {
    return this.itemIds.get(profileId) ?? { needs: [], offers: [] };
  }

  refOf(itemId: string): { side: Side; ref: ItemRef } | undefined {
    return this.refs.get(itemId);
  }

  idOf(side: Side, ref: ItemRef): string | undefined {
    const ids = this.itemIds.get(ref.org);
    return (side === 'need' ? ids?.needs : ids?.offers)?.[ref.index];
  }

  allItems(side: Side): string[] {
    return [...this.itemIds.values()].flatMap((ids) => (side === 'need' ? ids.needs : ids.offers));
  }

  private put(profile: MatchableProfile) {
    this.forget(profile.profileId);
    const organisation: MatchOrganisation = {
      id: profile.profileId,
      county: profile.county,
      ...(profile.municipality ? { municipality: profile.municipality } : {}),
      sector: profile.sector,
      needs: profile.needs.map(({ text, themes, targetGroups }) => ({ text, themes, targetGroups })),
      offers: profile.offers.map(({ text, themes, targetGroups }) => ({ text, themes, targetGroups })),
    };
    this.index.upsert(organisation);
    const ids = { needs: profile.needs.map((n) => n.id), offers: profile.offers.map((o) => o.id) };
    this.itemIds.set(profile.profileId, ids);
    ids.needs.forEach((id, index) =>
      this.refs.set(id, { side: 'need', ref: { org: profile.profileId, index } }),
    );
    ids.offers.forEach((id, index) =>
      this.refs.set(id, { side: 'offer', ref: { org: profile.profileId, index } }),
    );
    this.revisions.set(profile.profileId, profile.revision);
  }

  private forget(profileId: string) {
    const ids = this.itemIds.get(profileId);
    if (ids) for (const id of [...ids.needs, ...ids.offers]) this.refs.delete(id);
    this.itemIds.delete(profileId);
    this.revisions.delete(profileId);
    this.index.remove(profileId);
  }
}
