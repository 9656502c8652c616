// `pnpm bench:fit-weights [base|inter] [scale] [steps]`: learns the shares of a pair's score in a field read from names (decision 068) and
// checks whether they carry to a field they were not fitted on. For each need of the seven readable field sets
// (never the held-out ones: decision 009's blind rule) it takes the engine's first 50 offers, reads the signals
// the score combines, labels them with the hand-judged grades, and fits a pairwise logistic ranking model with
// shares that are non-negative and sum to 1 (so the score keeps its range and pruning its bounds). Leave one
// field out: fitted on six sets, nDCG@5 on the seventh, beside the hand-set shares on the same candidates.
// FIT_CACHE=<file> keeps the signals read, for the next fit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Field } from '../../matching/src/field/field';
import { type KindDefinition, learnField } from '../../matching/src/index';
import { type ItemRef, MatchIndex, type MatchOrganisation } from '../../matching/src/match-index';
import {
  conceptOverlap,
  groupCompatibility,
  type ItemProfile,
  isOutsideReach,
  lexicalSimilarity,
  OUTSIDE_REACH,
  placeShare,
  senseSimilarity,
} from '../../matching/src/score';

type Ref = { org: string; index: number };
type Dataset = {
  supportTypes?: { id: string; sv: string; en: string }[];
  organisations: {
    id: string;
    county?: string;
    answers: { supportNeeded: { text: string }[]; supportOffered: { text: string }[] };
  }[];
  gold: { need: Ref; offer: Ref; grade: number }[];
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Only the sets whose texts and errors may be read.
const SETS = [
  ['integration', '../shared/data/dev-field-integration.json'],
  ['health equity', 'tests/fixtures/field-health-equity.json'],
  ['safety', 'tests/fixtures/field-safety.json'],
  ['older people', 'tests/fixtures/field-ageing.json'],
  ['youth leisure', 'tests/fixtures/field-youth-leisure.json'],
  ['climate', 'tests/fixtures/field-climate-neighbourhood.json'],
  ['culture', 'tests/fixtures/field-culture-participation.json'],
] as const;

/** The signals `combine` reads, the base ones already times `reach` as the score takes them. */
const FEATURES = ['concept', 'confidence', 'group', 'county', 'lexical', 'library'] as const;
const HAND = [0.18, 0.07, 0.07, 0.04, 0.36, 0.28];

type Pair = { x: number[]; grade: number; sameKind: boolean };
type Need = { pairs: Pair[]; ideal: number[] };

const key = (ref: Ref) => `${ref.org}#${ref.index}`;

function extract(path: string): Need[] {
  const data = JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Dataset;
  const orgs: MatchOrganisation[] = data.organisations.map((o) => ({
    id: o.id,
    county: o.county,
    needs: o.answers.supportNeeded.map((i) => ({ text: i.text })),
    offers: o.answers.supportOffered.map((i) => ({ text: i.text })),
  }));
  const items = orgs.flatMap((o) => [...o.needs, ...o.offers].map((i) => ({ org: o.id, text: i.text })));
  const kinds: KindDefinition[] | undefined = data.supportTypes?.map(({ id, sv, en }) => ({ id, sv, en }));
  const field = Field.fromModel(learnField({ kinds, items }));
  const index = new MatchIndex(orgs, { field });
  // A script may look inside: the profiles are what the score reads.
  const inside = index as unknown as {
    entry(side: 'need' | 'offer', ref: ItemRef): { profile: ItemProfile } | undefined;
  };
  const gold = new Map<string, Map<string, number>>();
  for (const g of data.gold) {
    const inner = gold.get(key(g.need)) ?? new Map<string, number>();
    inner.set(key(g.offer), g.grade);
    gold.set(key(g.need), inner);
  }
  const needs: Need[] = [];
  for (const { need, matches } of index.allMatches({ top: 50 })) {
    const relevant = gold.get(key(need));
    if (!relevant || relevant.size === 0) continue;
    const n = inside.entry('need', need)?.profile as ItemProfile;
    const pairs = matches.map((m): Pair => {
      const o = inside.entry('offer', m.offer)?.profile as ItemProfile;
      const reach = isOutsideReach(n, o) ? OUTSIDE_REACH : 1;
      const overlap = conceptOverlap(n, o).weight * reach;
      const lexical = lexicalSimilarity(n, o);
      const senses = senseSimilarity(n, o);
      return {
        x: [
          overlap,
          overlap * n.confidenceRoot * o.confidenceRoot,
          overlap * groupCompatibility(n, o, index.scoring),
          overlap * placeShare(n, o, index.neighbours),
          lexical,
          senses,
        ],
        grade: relevant.get(key(m.offer)) ?? 0,
        sameKind: n.main >= 0 && n.main === o.main,
      };
    });
    needs.push({ pairs, ideal: [...relevant.values()].sort((a, b) => b - a).slice(0, 5) });
  }
  return needs;
}

const dot = (w: number[], x: number[]) => w.reduce((s, wi, i) => s + wi * (x[i] ?? 0), 0);
const dcg = (gains: number[]) => gains.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);

function ndcg(needs: Need[], scoreOf: (p: Pair) => number): number {
  let sum = 0;
  for (const need of needs) {
    const ranked = need.pairs
      .map((p, i) => ({ s: scoreOf(p), g: p.grade, i }))
      .sort((a, b) => b.s - a.s || a.i - b.i);
    sum += dcg(ranked.slice(0, 5).map((r) => r.g)) / dcg(need.ideal);
  }
  return sum / needs.length;
}

/**
 * Pairwise logistic loss over pairs of one need with different grades (each weighted by the gain difference),
 * minimised by projected gradient descent on the simplex, each set weighing the same.
 */
function fit(sets: Need[][], width: number, scale: number, steps: number): number[] {
  const rows: number[] = [];
  const weights: number[] = [];
  for (const needs of sets) {
    const start = weights.length;
    for (const need of needs) {
      const xs = need.pairs.map((p) => features(p));
      need.pairs.forEach((a, i) => {
        need.pairs.forEach((b, j) => {
          if (a.grade <= b.grade) return;
          const xa = xs[i] as number[];
          const xb = xs[j] as number[];
          for (let k = 0; k < width; k++) rows.push((xa[k] ?? 0) - (xb[k] ?? 0));
          weights.push(2 ** a.grade - 2 ** b.grade);
        });
      });
    }
    let total = 0;
    for (let k = start; k < weights.length; k++) total += weights[k] ?? 0;
    for (let k = start; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / total / sets.length;
  }
  const d = Float64Array.from(rows);
  let w = simplex(Array.from({ length: width }, (_, k) => HAND[k] ?? 0));
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(width);
    for (let r = 0; r < weights.length; r++) {
      let margin = 0;
      for (let k = 0; k < width; k++) margin += (w[k] ?? 0) * (d[r * width + k] ?? 0);
      const g = (-(weights[r] ?? 0) * scale) / (1 + Math.exp(scale * margin));
      for (let k = 0; k < width; k++) grad[k] = (grad[k] ?? 0) + g * (d[r * width + k] ?? 0);
    }
    w = simplex(w.map((wi, k) => wi - (0.5 / scale) * (grad[k] ?? 0)));
  }
  return w;
}

/** The Euclidean projection onto {w ≥ 0, Σw = 1}. */
function simplex(v: number[]): number[] {
  const u = v.slice().sort((a, b) => b - a);
  let cumulative = 0;
  let theta = 0;
  for (let i = 0; i < u.length; i++) {
    cumulative += u[i] ?? 0;
    const t = (cumulative - 1) / (i + 1);
    if ((u[i] ?? 0) - t > 0) theta = t;
  }
  return v.map((x) => Math.max(0, x - theta));
}

const fmt = (w: number[]) => w.map((x) => x.toFixed(3)).join(' ');

// Reading the sets takes a while on a shared machine; the signals are kept for the next fit.
const cache = process.env.FIT_CACHE;
const data: { name: string; needs: Need[] }[] =
  cache && existsSync(cache)
    ? (JSON.parse(readFileSync(cache, 'utf8')) as { name: string; needs: Need[] }[])
    : SETS.map(([name, path]) => {
        process.stderr.write(`reading ${name}\n`);
        return { name, needs: extract(path) };
      });
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(data));

const variant = process.argv[2] ?? 'base';
const scale = Number(process.argv[3] ?? '20');
const steps = Number(process.argv[4] ?? '300');
/** The model's inputs: `combine`'s six, or with three products of them (`inter`). */
function features(p: Pair): number[] {
  const [overlap = 0, , , , lexical = 0, library = 0] = p.x;
  return variant === 'inter' ? [...p.x, lexical * library, overlap * lexical, overlap * library] : p.x;
}
const width = variant === 'inter' ? 9 : 6;
const score = (w: number[]) => (p: Pair) => Math.min(1, dot(w, features(p)));
const names =
  variant === 'inter' ? [...FEATURES, 'lexical×library', 'concept×lexical', 'concept×library'] : FEATURES;
console.log(
  `variant ${variant} (${names.join(', ')}), scale ${scale}, ${steps} steps; hand-set ${fmt(HAND)}`,
);
let handSum = 0;
let fitSum = 0;
for (const held of data) {
  const w = fit(
    data.filter((d) => d !== held).map((d) => d.needs),
    width,
    scale,
    steps,
  );
  const hand = ndcg(held.needs, score(HAND));
  const fitted = ndcg(held.needs, score(w));
  handSum += hand;
  fitSum += fitted;
  console.log(`${held.name.padEnd(14)} hand ${hand.toFixed(3)}  fitted ${fitted.toFixed(3)}  w ${fmt(w)}`);
}
console.log(`mean           hand ${(handSum / 7).toFixed(3)}  fitted ${(fitSum / 7).toFixed(3)}`);
const all = fit(
  data.map((d) => d.needs),
  width,
  scale,
  steps,
);
console.log(`all seven: w ${fmt(all)}`);
for (const d of data) {
  const before = ndcg(d.needs, score(HAND)).toFixed(3);
  console.log(`  in-sample ${d.name.padEnd(14)} ${before} → ${ndcg(d.needs, score(all)).toFixed(3)}`);
}
