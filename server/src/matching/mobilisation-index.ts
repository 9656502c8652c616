import {
  type Db,
  listGoals,
  loadMatchableProfiles,
  loadProfileRevisions,
  type MatchableProfile,
} from '@kraftsamling/db';
import {
  type GoalDefinition,
  type ItemRef,
  linkGoals,
  MatchIndex,
  type MatchOrganisation,
} from '@kraftsamling/matching';

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
  private readonly texts = new Map<string, string>();
  /** The overall goal each need and offer serves best, for filtering the review queue by goal. */
  private readonly goalOfItem = new Map<string, string | null>();
  private goals: GoalDefinition[] = [];
  private goalsKey = '';

  constructor(readonly mobilisationId: string) {}

  /** Re-reads changed profiles; returns the ids of profiles that changed (added, edited or removed). */
  async sync(db: Db): Promise<string[]> {
    const goals = (await listGoals(db, this.mobilisationId)).map((g) => ({ id: g.code, sv: g.sv, en: g.en }));
    const goalsKey = JSON.stringify(goals);
    if (goalsKey !== this.goalsKey) {
      this.goals = goals;
      this.goalsKey = goalsKey;
      this.linkItemsToGoals([...this.texts.keys()]);
    }
    const current = await loadProfileRevisions(db, this.mobilisationId);
    const changed = [...current]
      .filter(([id, revision]) => this.revisions.get(id) !== revision)
      .map(([id]) => id);
    const removed = [...this.revisions.keys()].filter((id) => !current.has(id));
    for (const id of removed) this.forget(id);
    for (const profile of await loadMatchableProfiles(db, this.mobilisationId, changed)) this.put(profile);
    return [...changed, ...removed];
  }

  goalOf(itemId: string): string | null {
    return this.goalOfItem.get(itemId) ?? null;
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
    for (const [index, id] of ids.needs.entries())
      this.refs.set(id, { side: 'need', ref: { org: profile.profileId, index } });
    for (const [index, id] of ids.offers.entries())
      this.refs.set(id, { side: 'offer', ref: { org: profile.profileId, index } });
    for (const item of [...profile.needs, ...profile.offers]) this.texts.set(item.id, item.text);
    this.linkItemsToGoals([...ids.needs, ...ids.offers]);
    this.revisions.set(profile.profileId, profile.revision);
  }

  private linkItemsToGoals(itemIds: string[]) {
    if (this.goals.length === 0 || itemIds.length === 0) return;
    const links = linkGoals(
      this.goals,
      itemIds.map((id) => ({ id, projects: [{ title: '', description: this.texts.get(id) ?? '' }] })),
    );
    for (const link of links) this.goalOfItem.set(link.org, link.score > 0 ? link.goal : null);
  }

  private forget(profileId: string) {
    const ids = this.itemIds.get(profileId);
    if (ids) {
      for (const id of [...ids.needs, ...ids.offers]) {
        this.refs.delete(id);
        this.texts.delete(id);
        this.goalOfItem.delete(id);
      }
    }
    this.itemIds.delete(profileId);
    this.revisions.delete(profileId);
    this.index.remove(profileId);
  }
}
