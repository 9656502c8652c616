// `pnpm bench:quality`: the matching engine's scores on every labelled set we have, beside a PostgreSQL
// full-text baseline (ts_rank, 'swedish') computed in the same run on an in-memory PGlite. The metrics are
// computed exactly as ../shared/tools/score-matches.mjs does (only the datasets are read from ../shared).
//
// Mental-health sets are matched with the template (no kinds given), other fields from their kinds' names only
// ("cold"), and then again after a coordinator's review of 30 % of the needs ("learned", scored on the needs
// nobody reviewed, beside cold on the same needs), as `score-matches.mjs review` plays it. Goal linking is scored
// on every set. See decision 009 for the blind sets and what "as written" means.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabaseTarget } from '@kraftsamling/db';
import {
  Field,
  type KindDefinition,
  learnField,
  linkGoals,
  MatchIndex,
  type MatchOrganisation,
  type PairDecision,
} from '@kraftsamling/matching';
import pg from 'pg';
import { rankOffersByFulltext, type SqlRunner } from '../../db/src/queries/fulltext-baseline';

type Ref = { org: string; index: number };
type LabelledItem = { text: string; label?: { supportType: string; targetGroups: string[] } };
type Dataset = {
  goals: { id: string; sv: string; en: string }[];
  supportTypes?: { id: string; sv: string; en: string }[];
  organisations: {
    id: string;
    county?: string;
    answers: {
      goals?: string | string[];
      supportNeeded: LabelledItem[];
      supportOffered: LabelledItem[];
      currentProjects: { title?: string; description?: string; label?: { goal: string } }[];
    };
  }[];
  gold: { need: Ref; offer: Ref; grade: number }[];
};
type ListedMatch = { need: Ref; offer: Ref; score: number; suggested: boolean };
type Metrics = Record<string, number>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const key = (ref: Ref) => `${ref.org}#${ref.index}`;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The scorer's metrics: nDCG@5, recall@10, MRR of the first strong offer, and the suggestion figures. */
function score(data: Dataset, matches: ListedMatch[], except: Set<string> = new Set()): Metrics {
  const gold = new Map<string, Map<string, number>>();
  for (const g of data.gold) {
    const inner = gold.get(key(g.need)) ?? new Map<string, number>();
    inner.set(key(g.offer), g.grade);
    gold.set(key(g.need), inner);
  }
  const byNeed = new Map<string, ListedMatch[]>();
  for (const m of matches) {
    const list = byNeed.get(key(m.need)) ?? [];
    list.push(m);
    byNeed.set(key(m.need), list);
  }
  for (const list of byNeed.values()) list.sort((a, b) => b.score - a.score);
  const dcg = (gains: number[]) => gains.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  let ndcg = 0;
  let recall10 = 0;
  let mrr = 0;
  let withRelevant = 0;
  let suggested = 0;
  let suggestedRelevant = 0;
  let strong = 0;
  let strongSuggested = 0;
  let empty = 0;
  let emptyQuiet = 0;
  const needs = allNeeds(data).filter((n) => !except.has(n));
  for (const need of needs) {
    const relevant = gold.get(need) ?? new Map<string, number>();
    const list = byNeed.get(need) ?? [];
    for (const m of list) {
      if (!m.suggested) continue;
      suggested++;
      if ((relevant.get(key(m.offer)) ?? 0) > 0) suggestedRelevant++;
    }
    for (const [offer, grade] of relevant) {
      if (grade !== 2) continue;
      strong++;
      if (list.some((m) => m.suggested && key(m.offer) === offer)) strongSuggested++;
    }
    if (relevant.size === 0) {
      empty++;
      if (!list.some((m) => m.suggested)) emptyQuiet++;
      continue;
    }
    withRelevant++;
    const gains = list.slice(0, 5).map((m) => relevant.get(key(m.offer)) ?? 0);
    const ideal = [...relevant.values()].sort((a, b) => b - a).slice(0, 5);
    ndcg += dcg(gains) / dcg(ideal);
    const hits = list.slice(0, 10).filter((m) => (relevant.get(key(m.offer)) ?? 0) > 0).length;
    recall10 += hits / Math.min(10, relevant.size);
    const firstStrong = list.findIndex((m) => relevant.get(key(m.offer)) === 2);
    mrr += firstStrong >= 0 ? 1 / (firstStrong + 1) : 0;
  }
  const precision = suggested ? suggestedRelevant / suggested : 0;
  const recall = strong ? strongSuggested / strong : 0;
  return {
    needs: needs.length,
    needsWithRelevantOffer: withRelevant,
    ndcgAt5: round(ndcg / withRelevant),
    recallAt10: round(recall10 / withRelevant),
    mrrStrong: round(mrr / withRelevant),
    suggestedPrecision: round(precision),
    suggestedRecallStrong: round(recall),
    suggestedF1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    quietWhenNothingFits: round(empty ? emptyQuiet / empty : 1),
  };
}

function organisations(data: Dataset): MatchOrganisation[] {
  return data.organisations.map((o) => ({
    id: o.id,
    county: o.county,
    needs: o.answers.supportNeeded.map((item) => ({ text: item.text })),
    offers: o.answers.supportOffered.map((item) => ({ text: item.text })),
  }));
}

function allNeeds(data: Dataset): string[] {
  return data.organisations.flatMap((o) =>
    o.answers.supportNeeded.map((_, index) => key({ org: o.id, index })),
  );
}

/** The kinds a field set's coordinators named (none for a mental-health set: the template). */
function kindsOf(data: Dataset, named: boolean): KindDefinition[] | undefined {
  return named ? data.supportTypes?.map(({ id, sv, en }) => ({ id, sv, en })) : undefined;
}

function engineMatches(data: Dataset, named: boolean, decisions: PairDecision[] = []): ListedMatch[] {
  const orgs = organisations(data);
  const items = orgs.flatMap((o) => [...o.needs, ...o.offers].map((i) => ({ org: o.id, text: i.text })));
  const field = Field.fromModel(learnField({ kinds: kindsOf(data, named), items, decisions }));
  const index = new MatchIndex(orgs, { field });
  const out: ListedMatch[] = [];
  for (const { matches } of index.allMatches({ top: 10 })) out.push(...matches);
  return out;
}

/**
 * A coordinator's review, as `score-matches.mjs review` plays it: for 30 % of the needs (the same seeded
 * choice), each suggested pair is accepted if the gold calls it relevant and rejected otherwise. With `top`
 * above 0 (`--review-top <n>`), the coordinator also decides each reviewed need's first `top` listed pairs: a
 * fuller review than the queue of proposals gives, to see what learning makes of more decisions (the played
 * review gives about a dozen per set).
 */
function review(
  data: Dataset,
  matches: ListedMatch[],
  top = 0,
): { reviewed: Set<string>; decisions: PairDecision[] } {
  const gold = new Map(data.gold.map((g) => [`${key(g.need)}|${key(g.offer)}`, g.grade]));
  const needs = allNeeds(data);
  let seed = 1;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const shuffled = needs
    .map((n) => [random(), n] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, n]) => n);
  const reviewed = new Set(shuffled.slice(0, Math.round(0.3 * needs.length)));
  const text = (side: 'supportNeeded' | 'supportOffered', ref: Ref) =>
    data.organisations.find((o) => o.id === ref.org)?.answers[side][ref.index]?.text ?? '';
  const rank = new Map<ListedMatch, number>();
  const byNeed = new Map<string, ListedMatch[]>();
  for (const m of matches) byNeed.set(key(m.need), [...(byNeed.get(key(m.need)) ?? []), m]);
  for (const list of byNeed.values()) {
    list.sort((a, b) => b.score - a.score);
    for (const [i, m] of list.entries()) rank.set(m, i);
  }
  const decisions = matches
    .filter((m) => reviewed.has(key(m.need)) && (m.suggested || (rank.get(m) ?? top) < top))
    .map((m) => ({
      need: text('supportNeeded', m.need),
      offer: text('supportOffered', m.offer),
      accepted: (gold.get(`${key(m.need)}|${key(m.offer)}`) ?? 0) > 0,
    }));
  return { reviewed, decisions };
}

/** The baseline has no notion of confidence; its top hit per need counts as its suggestion. */
async function baselineMatches(db: SqlRunner, data: Dataset): Promise<ListedMatch[]> {
  const items = (pick: (o: Dataset['organisations'][number]) => LabelledItem[]) =>
    data.organisations.flatMap((o) => pick(o).map((item, index) => ({ org: o.id, index, text: item.text })));
  const ranked = await rankOffersByFulltext(
    db,
    items((o) => o.answers.supportNeeded),
    items((o) => o.answers.supportOffered),
    10,
  );
  let previous = '';
  return ranked.map((r) => {
    const need = { org: r.needOrg, index: r.needIndex };
    const first = key(need) !== previous;
    previous = key(need);
    return { need, offer: { org: r.offerOrg, index: r.offerIndex }, score: r.rank, suggested: first };
  });
}

function goalAccuracy(
  data: Dataset,
  named: boolean,
): { projects: number; accuracy: number; majority: number } {
  const orgs = organisations(data);
  const items = orgs.flatMap((o) => [...o.needs, ...o.offers].map((i) => ({ org: o.id, text: i.text })));
  const field = Field.fromModel(learnField({ kinds: kindsOf(data, named), items }));
  const links = linkGoals(
    data.goals,
    data.organisations.map((o) => ({
      id: o.id,
      projects: o.answers.currentProjects.map((p) => ({
        title: p.title ?? '',
        description: p.description ?? '',
      })),
      // As `cli link-goals` reads them: the organisation's own goals answer, needs and offers are context.
      goals: Array.isArray(o.answers.goals) ? o.answers.goals.join('. ') : o.answers.goals,
      needs: o.answers.supportNeeded.map((i) => i.text),
      offers: o.answers.supportOffered.map((i) => i.text),
    })),
    { field },
  );
  const given = new Map(links.map((l) => [`${l.org}#${l.index}`, l.goal]));
  const counts = new Map<string, number>();
  let total = 0;
  let right = 0;
  for (const o of data.organisations) {
    o.answers.currentProjects.forEach((p, i) => {
      if (!p.label?.goal) return;
      total++;
      counts.set(p.label.goal, (counts.get(p.label.goal) ?? 0) + 1);
      if (given.get(`${o.id}#${i}`) === p.label.goal) right++;
    });
  }
  const majority = Math.max(0, ...counts.values());
  return { projects: total, accuracy: round(right / total), majority: round(majority / total) };
}

// The sets, oldest first: the public dev sets, then the blind ones in tests/fixtures (decision 009).
const SETS: { name: string; path: string; named: boolean }[] = [
  { name: 'dev: mental health', path: '../shared/data/dev-profiles.json', named: false },
  { name: 'dev: integration', path: '../shared/data/dev-field-integration.json', named: true },
  { name: 'blind 1: mental health', path: 'tests/fixtures/blind-profiles.json', named: false },
  { name: 'blind 2: mental health', path: 'tests/fixtures/blind2-profiles.json', named: false },
  { name: 'blind 3: mental health', path: 'tests/fixtures/blind3-profiles.json', named: false },
  { name: 'blind 4: mental health', path: 'tests/fixtures/blind4-profiles.json', named: false },
  { name: 'blind 5: mental health', path: 'tests/fixtures/blind5-profiles.json', named: false },
  { name: 'blind 6: mental health', path: 'tests/fixtures/blind6-profiles.json', named: false },
  { name: 'health equity', path: 'tests/fixtures/field-health-equity.json', named: true },
  { name: 'safety', path: 'tests/fixtures/field-safety.json', named: true },
  { name: 'older people', path: 'tests/fixtures/field-ageing.json', named: true },
  { name: 'youth leisure', path: 'tests/fixtures/field-youth-leisure.json', named: true },
  { name: 'climate, neighbourhood', path: 'tests/fixtures/field-climate-neighbourhood.json', named: true },
  { name: 'culture, participation', path: 'tests/fixtures/field-culture-participation.json', named: true },
  { name: 'crisis preparedness', path: 'tests/fixtures/field-crisis-preparedness.json', named: true },
  { name: 'school completion', path: 'tests/fixtures/field-school-completion.json', named: true },
  { name: 'sustainable food', path: 'tests/fixtures/field-sustainable-food.json', named: true },
  { name: 'physical activity', path: 'tests/fixtures/field-physical-activity.json', named: true },
  { name: 'close violence', path: 'tests/fixtures/field-close-violence.json', named: true },
  { name: 'accessibility', path: 'tests/fixtures/field-accessibility.json', named: true },
  { name: 'homelessness', path: 'tests/fixtures/field-homelessness.json', named: true },
  { name: 'digital inclusion', path: 'tests/fixtures/field-digital-inclusion.json', named: true },
  { name: 'loneliness', path: 'tests/fixtures/field-loneliness.json', named: true },
  { name: 'gender equality', path: 'tests/fixtures/field-gender-equality.json', named: true },
  { name: 'substance prevention', path: 'tests/fixtures/field-substance-prevention.json', named: true },
  { name: 'parenting support', path: 'tests/fixtures/field-parenting-support.json', named: true },
  { name: 're-entry after prison', path: 'tests/fixtures/field-reentry.json', named: true },
];

const COLUMNS = ['ndcgAt5', 'suggestedPrecision', 'suggestedRecallStrong', 'quietWhenNothingFits'] as const;

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(26) : String(c).padStart(12))).join('');
}

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const reviewTop = Number(option('--review-top') ?? '0');
if (!Number.isInteger(reviewTop) || reviewTop < 0) {
  process.stderr.write('bench:quality: --review-top takes a whole number of pairs per reviewed need\n');
  process.exit(2);
}

async function main() {
  const decisionCounts: number[] = [];
  // The blind field sets' rows, for their mean: the figure work on other fields is judged by.
  const fieldRows = { cold: [] as number[][], learned: [] as number[][] };
  const target = await openDatabaseTarget({ dataDir: 'memory://' });
  const pool = new pg.Pool(target.poolConfig);
  const runner: SqlRunner = { query: async (sql, params) => pool.query(sql, params) };
  const cold: string[] = [row(['set', 'nDCG@5', 'precision', 'recall', 'quiet', 'goals', 'FTS nDCG'])];
  const learned: string[] = [row(['set', 'cold nDCG', 'learnt nDCG', 'cold prec', 'learnt prec', 'quiet'])];
  try {
    for (const set of SETS) {
      let data: Dataset;
      try {
        data = JSON.parse(readFileSync(resolve(root, set.path), 'utf8')) as Dataset;
      } catch (error) {
        process.stderr.write(`bench:quality: skipping ${set.path} (${(error as Error).message})\n`);
        continue;
      }
      const matches = engineMatches(data, set.named);
      const engine = score(data, matches);
      const baseline = score(data, await baselineMatches(runner, data));
      const goals = goalAccuracy(data, set.named);
      cold.push(
        row([set.name, ...COLUMNS.map((c) => engine[c] ?? ''), goals.accuracy, baseline.ndcgAt5 ?? '']),
      );
      const { reviewed, decisions } = review(data, matches, reviewTop);
      decisionCounts.push(decisions.length);
      const before = score(data, matches, reviewed);
      const after = score(data, engineMatches(data, set.named, decisions), reviewed);
      if (set.named && !set.name.startsWith('dev')) {
        fieldRows.cold.push(COLUMNS.map((c) => engine[c] ?? 0));
        fieldRows.learned.push([
          before.ndcgAt5 ?? 0,
          after.ndcgAt5 ?? 0,
          before.suggestedPrecision ?? 0,
          after.suggestedPrecision ?? 0,
        ]);
      }
      learned.push(
        row([
          set.name,
          before.ndcgAt5 ?? '',
          after.ndcgAt5 ?? '',
          before.suggestedPrecision ?? '',
          after.suggestedPrecision ?? '',
          after.quietWhenNothingFits ?? '',
        ]),
      );
    }
  } finally {
    await pool.end();
    await target.close();
  }
  console.log("Cold: mental-health sets with the template, other fields from their kinds' names only.");
  console.log(
    '(The FTS baseline counts its top hit per need as its suggestion: ts_rank has no confidence.)\n',
  );
  const means = (rows: number[][]) =>
    (rows[0] ?? []).map((_, k) => round(rows.reduce((sum, r) => sum + (r[k] ?? 0), 0) / rows.length));
  const label = `mean of ${fieldRows.cold.length} field sets`;
  if (fieldRows.cold.length > 0) {
    cold.push(row([label, ...means(fieldRows.cold)]));
    const [coldNdcg, learntNdcg, coldPrec, learntPrec] = means(fieldRows.learned);
    learned.push(row([label, coldNdcg ?? '', learntNdcg ?? '', coldPrec ?? '', learntPrec ?? '']));
  }
  console.log(cold.join('\n'));
  const mean = decisionCounts.reduce((a, b) => a + b, 0) / Math.max(1, decisionCounts.length);
  console.log(
    `\nLearned: after a review of 30 % of the needs (${reviewTop > 0 ? `their proposals and first ${reviewTop} listed pairs` : 'their proposals'}, ${Math.round(mean)} decisions per set on average), on the needs nobody reviewed.\n`,
  );
  console.log(learned.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:quality: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
