import type { MatchableProfile } from '@kraftsamling/db';
import type { PairsDigest } from '@kraftsamling/db/pair-columns';
import {
  Analyser,
  engineVersion,
  type Field,
  type GoalDefinition,
  type GoalLink,
  type ItemRef,
  linkGoals,
  MatchIndex,
  type MatchItem,
  type MatchOrganisation,
} from '@kraftsamling/matching';
import { linkNeedTexts } from './need-goals';

type Side = 'need' | 'offer';

/** A current project, with the goal a coordinator or its organisation gave it, if any. */
export type ProjectToRead = {
  id: string;
  /** The profile it belongs to, and what its organisation says it works for: context for reading it. */
  profileId: string;
  organisationGoals: string;
  title: string;
  description: string;
  givenGoal: string | null;
};

let template: Analyser | undefined;
function templateAnalyser(): Analyser {
  template ??= new Analyser();
  return template;
}

/**
 * The matching engine's index of one mobilisation, kept in the matching worker thread and brought up to date
 * before each use with what the database holds (`plan`, then `load` what it asks for). It is a cache: any
 * instance can rebuild it, and a profile is re-read only when its submitted revision moved, so keeping it
 * current costs one small query.
 */
export class MobilisationIndex {
  readonly index: MatchIndex;
  /** What stored matches ranked with this index carry: the engine and the field's learnt model. */
  readonly engineVersion: string;
  private readonly revisions = new Map<string, number>();
  /** Per profile, the ids of its needs and offers in the engine's order (the engine knows positions). */
  private readonly itemIds = new Map<string, { needs: string[]; offers: string[] }>();
  private readonly refs = new Map<string, { side: Side; ref: ItemRef }>();
  /** Texts of the needs, whose goals are found again when the goals change. */
  private readonly texts = new Map<string, string>();
  /**
   * The overall goal each need serves best, for filtering the review queue by goal. A pair serves its need's
   * goal, so offers are not linked (that would double the cost of indexing for nothing).
   */
  private readonly goalOfItem = new Map<string, string | null>();
  /**
   * The goal each need text was linked to with the current goals and field: a text is read once, not again
   * for a new revision that keeps it or for another need with the same words (a need is linked on its own,
   * so its link depends on its text only, but for exact ties between goals: decision 055).
   */
  private readonly goalOfText = new Map<string, string | null>();
  private goals: GoalDefinition[] = [];
  private goalsKey = '';
  /**
   * The need ids of the profiles loaded with their goals left to be linked elsewhere (`load`'s `deferGoals`), a
   * profile at a time in the order they came: `takeGoalLinks` links them. None between two jobs.
   */
  private deferred: string[][] = [];
  /** Counts changes to what the lists are ranked from: profiles, goals, a text put in for a moment. */
  private changes = 0;
  /**
   * The lists the last whole run made, as the digest they have once stored, and the index's state they were
   * ranked from: a run from the same state that finds them stored as they were has nothing to rank.
   */
  lastRun: { state: number; digest: PairsDigest } | undefined;

  /**
   * `field`: the mobilisation's learnt field (decision 015), with its fingerprint; absent, the template's.
   * A new model makes a new index: every text is read again with it.
   */
  constructor(
    readonly mobilisationId: string,
    readonly field?: Field,
  ) {
    this.index = new MatchIndex([], field ? { field } : {});
    this.engineVersion = engineVersion(field);
  }

  /** Where the index stands: it moves with every change that may change a list. */
  get state(): number {
    return this.changes;
  }

  /** Notes a change made to `index` directly (a preview's text put in and taken out again). */
  touched(): void {
    this.changes++;
  }

  /** The learnt model's fingerprint this index reads with (null: the template). */
  get fingerprint(): string | null {
    return this.field?.model.fingerprint ?? null;
  }

  /**
   * Takes the mobilisation's goals and the latest submitted revision of each profile; forgets profiles that
   * are gone and returns the ids of those to (re)load with `load`.
   */
  plan(goals: GoalDefinition[], revisions: [profileId: string, revision: number][]): string[] {
    // An earlier sync that stopped before its links came (its job failed) leaves its needs linked here.
    this.settleGoals();
    const goalsKey = JSON.stringify(goals);
    if (goalsKey !== this.goalsKey) {
      this.goals = goals;
      this.goalsKey = goalsKey;
      this.changes++;
      this.goalOfText.clear();
      this.linkItemsToGoals([...this.texts.keys()]);
    }
    const current = new Map(revisions);
    for (const id of [...this.revisions.keys()]) if (!current.has(id)) this.forget(id);
    return revisions.filter(([id, revision]) => this.revisions.get(id) !== revision).map(([id]) => id);
  }

  /**
   * Puts the profiles in the index. With `deferGoals`, their needs are not linked to goals here: the caller has
   * another thread link them (`linkNeedTexts`, a profile's texts not linked before at a time) and hands the
   * links over with `takeGoalLinks` before anything is ranked.
   */
  load(profiles: MatchableProfile[], deferGoals = false): void {
    for (const profile of profiles) this.put(profile, deferGoals);
  }

  /**
   * Whether loading `count` profiles would link their needs from scratch, and enough of them for another
   * thread to do it beside this one: linking took nearly half of a cold index's time (decision 074). Only
   * from scratch, so that linking elsewhere gives what this index would (see `takeGoalLinks`).
   */
  linksGoalsFromScratch(count: number): boolean {
    return this.goals.length > 0 && this.goalOfText.size === 0 && this.deferred.length === 0 && count >= 200;
  }

  /**
   * Takes the goals of the deferred needs' texts, linked elsewhere with this index's goals and field as it
   * would have linked them (a profile's texts not linked before at a time, in the order the profiles came),
   * and links any text missing from them here, a profile at a time as `load` would have.
   */
  takeGoalLinks(links: [text: string, goal: string | null][]): void {
    for (const [text, goal] of links) if (!this.goalOfText.has(text)) this.goalOfText.set(text, goal);
    this.settleGoals();
  }

  /** Links whatever needs still wait for their goals (see `load`). */
  settleGoals(): void {
    const deferred = this.deferred;
    this.deferred = [];
    for (const needIds of deferred) this.linkItemsToGoals(needIds.filter((id) => this.texts.has(id)));
  }

  goalOf(needId: string): string | null {
    return this.goalOfItem.get(needId) ?? null;
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

  private put(profile: MatchableProfile, deferGoals: boolean) {
    this.forget(profile.profileId);
    this.changes++;
    const organisation: MatchOrganisation = {
      id: profile.profileId,
      county: profile.county,
      ...(profile.municipality ? { municipality: profile.municipality } : {}),
      sector: profile.sector,
      needs: profile.needs.map(toMatchItem),
      offers: profile.offers.map(toMatchItem),
    };
    this.index.upsert(organisation);
    const ids = { needs: profile.needs.map((n) => n.id), offers: profile.offers.map((o) => o.id) };
    this.itemIds.set(profile.profileId, ids);
    for (const [index, id] of ids.needs.entries())
      this.refs.set(id, { side: 'need', ref: { org: profile.profileId, index } });
    for (const [index, id] of ids.offers.entries())
      this.refs.set(id, { side: 'offer', ref: { org: profile.profileId, index } });
    for (const need of profile.needs) this.texts.set(need.id, need.text);
    if (deferGoals) this.deferred.push(ids.needs);
    else this.linkItemsToGoals(ids.needs);
    this.revisions.set(profile.profileId, profile.revision);
  }

  /**
   * The mobilisation's current projects read with its field: the overall goal each serves best (a goal given
   * by a coordinator's correction or the organisation itself stays, and teaches the linker), and the kinds each
   * concerns clearly enough to join an initiative of that kind.
   */
  readProjects(
    goals: GoalDefinition[],
    projects: ProjectToRead[],
    minKindScore: number,
  ): { id: string; link: GoalLink | null; kinds: string[] }[] {
    const text = (p: ProjectToRead) => [p.title, p.description].filter((t) => t.trim()).join('. ');
    const corrections = projects.flatMap((p) => (p.givenGoal ? [{ text: text(p), goal: p.givenGoal }] : []));
    // Each organisation's projects together, with its goals answer and its needs as context (decision 049).
    const byProfile = new Map<string, ProjectToRead[]>();
    for (const p of projects) byProfile.set(p.profileId, [...(byProfile.get(p.profileId) ?? []), p]);
    const organisations = [...byProfile].map(([profileId, own]) => ({
      id: profileId,
      projects: own.map((p) => ({ title: p.title, description: p.description })),
      goals: own[0]?.organisationGoals ?? '',
      needs: this.itemsOf(profileId).needs.flatMap((id) => this.texts.get(id) ?? []),
    }));
    const links =
      goals.length > 0
        ? linkGoals(goals, organisations, { ...(this.field ? { field: this.field } : {}), corrections })
        : [];
    const linkOf = new Map(
      links.flatMap((l) => {
        const project = byProfile.get(l.org)?.[l.index];
        return project ? [[project.id, l] as const] : [];
      }),
    );
    const reader = this.field?.analyser ?? templateAnalyser();
    return projects.map((p) => ({
      id: p.id,
      link: linkOf.get(p.id) ?? null,
      kinds: reader
        .analyse(text(p))
        .concepts.filter((c) => c.score >= minKindScore)
        .map((c) => c.id),
    }));
  }

  private linkItemsToGoals(itemIds: string[]) {
    if (this.goals.length === 0 || itemIds.length === 0) return;
    // Texts no current need has any more are let go now and then, so the map stays the size of the needs.
    if (this.goalOfText.size > 2 * this.texts.size + 1000) this.goalOfText.clear();
    const unread = [
      ...new Set(itemIds.map((id) => this.texts.get(id) ?? '').filter((text) => !this.goalOfText.has(text))),
    ];
    if (unread.length > 0) {
      const goals = linkNeedTexts(this.goals, unread, this.field);
      unread.forEach((text, i) => {
        this.goalOfText.set(text, goals[i] ?? null);
      });
    }
    for (const id of itemIds) this.goalOfItem.set(id, this.goalOfText.get(this.texts.get(id) ?? '') ?? null);
  }

  private forget(profileId: string) {
    this.changes++;
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

/** An item as the engine takes it: the kind its organisation tagged it with is one of its themes. */
function toMatchItem(item: MatchableProfile['needs'][number]): MatchItem {
  return {
    text: item.text,
    // Given back in a whole run's lists, so they need not be looked up by organisation and place.
    id: item.id,
    themes: item.supportKind ? [...item.themes, item.supportKind] : item.themes,
    targetGroups: item.targetGroups,
  };
}
