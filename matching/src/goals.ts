import { goalThemes } from '../vocabulary/goal-themes';
import { supportTypes } from '../vocabulary/support-types';
import type { ConceptDefinition, GoalThemeDefinition, Labels } from '../vocabulary/types';
import { Analyser, labelKey, type TextAnalysis } from './analyse';
import { DEFAULT_BUILD } from './field/build';
import { Field } from './field/field';
import { learnField } from './field/model';
import { isAudience } from './field/names';
import type { ReasonLanguage } from './reasons';
import { compileVocabulary, defaultVocabulary } from './vocabulary';

/** An overall goal of a mobilisation, in Swedish and/or English. */
export type GoalDefinition = { id: string; sv?: string; en?: string };
export type ProjectInput = { title?: string; description?: string };
export type GoalOrganisation = {
  id: string;
  projects: ProjectInput[];
  /** What the organisation says it works for (its answer on goals), read as context for its projects. */
  goals?: string;
  /** Its needs and offers, read as context too. */
  needs?: string[];
  offers?: string[];
};

export type GoalReason =
  /** The goal is of this kind, and the project does that kind of work: through these concepts and words. */
  | { kind: 'goalTheme'; theme: string; concepts: string[]; words: string[] }
  /** The project concerns a kind of support whose name shares the goal's words. */
  | { kind: 'goalKind'; concept: string; label: Labels }
  /** Words the project shares with the goal's own text. */
  | { kind: 'goalWords'; words: string[] }
  /** Words that other projects the mobilisation linked to this goal use too. */
  | { kind: 'learnedWords'; words: string[] };

export type GoalLink = {
  org: string;
  /** Position of the project in the organisation's list. */
  index: number;
  goal: string;
  /** The chosen goal's share of the evidence for all goals, in [0, 1]; 0 when nothing points anywhere. */
  score: number;
  reasons: GoalReason[];
};

export type GoalSettings = {
  /** Weight of a theme's own project words, against its concept affinities. */
  projectTermWeight: number;
  /** Weight of goal themes (recognised in the goal's words, served by library concepts). */
  themeWeight: number;
  /** Weight of the project's kinds, through their affinity to each goal (`kindAffinities`). */
  kindWeight: number;
  /** Weight of the project's kinds through the goals' texts read by the field (`goalKindsOf`). */
  goalKindWeight: number;
  /** Weight of words shared with the goal's text, beside goal themes. */
  lexicalWeight: number;
  /** Weight of words shared with the goal's text, for goals read by the field (standardised). */
  fieldLexicalWeight: number;
  /** Weights of what the organisation says it works for (its goals answer), and of its needs and offers. */
  organisationWeight: number;
  itemsWeight: number;
  /**
   * Weight of the organisation's goals answer for goals the themes read (its themes and words, as they stand):
   * lower than for goals read by the field, where every reading is standardised.
   */
  themeOrganisationWeight: number;
  /**
   * Weights of what the other projects teach through the kinds and the words they share with a project
   * (`teach`), how sharply a project's reading is taken as its goal there, and the smoothing of what few
   * projects teach towards even.
   */
  teachingKindWeight: number;
  teachingWordWeight: number;
  teachingTemperature: number;
  teachingSmoothing: number;
  /** Weights of the words and kinds the mobilisation's clearly linked projects tie to goals. */
  learnedWeight: number;
  learnedKindWeight: number;
  /** Learning rounds over the mobilisation's projects. */
  rounds: number;
  /**
   * Whether projects the linker itself links clearly teach the others as hard labels (`learnGoalWords`), besides
   * coordinators' corrections. Measured on ten fields' blind sets, that lowered goal accuracy (0.454 → 0.429 on
   * average): it spreads its mistakes. Fields read by the field are taught softly instead, each project by the
   * others only (`teach`, decision 049).
   */
  learnFromGuesses: boolean;
  /** Weight of the goals read as a field of their own (see `goalReadings`). */
  goalFieldWeight: number;
  /**
   * Weight of whom the project is for, through the goals that name those people (`goalGroupsOf`), for goals
   * read by the field.
   */
  groupWeight: number;
  /** How far a project's best goal must lead the second before it teaches others. */
  confidentRatio: number;
  /** Share of a stem's uses that must be in projects of one goal. */
  minPurity: number;
  /**
   * Theme strengths (of the goal that names its theme least clearly) between which the linker moves from the
   * field's own evidence to the goal themes.
   */
  themeClear: [number, number];
  /** A concept counts fully from this score up (3 = one core term). */
  conceptScale: number;
  /**
   * A concept other than the project's main one counts by (its score / the main score) to this power: what a
   * project mainly does decides its goal, not everything it mentions on the way.
   */
  conceptSharpen: number;
};

export const DEFAULT_GOAL_SETTINGS: GoalSettings = {
  projectTermWeight: 1,
  themeWeight: 1,
  kindWeight: 0.5,
  goalKindWeight: 2,
  lexicalWeight: 0.6,
  fieldLexicalWeight: 1,
  organisationWeight: 0.6,
  itemsWeight: 0.3,
  themeOrganisationWeight: 0.15,
  teachingKindWeight: 0.5,
  teachingWordWeight: 0.5,
  teachingTemperature: 1,
  teachingSmoothing: 1,
  learnedWeight: 0.3,
  learnedKindWeight: 0.5,
  rounds: 2,
  learnFromGuesses: false,
  goalFieldWeight: 1,
  groupWeight: 0.5,
  confidentRatio: 1.5,
  minPurity: 0.6,
  themeClear: [3, 4.5],
  conceptScale: 3,
  conceptSharpen: 2,
};

type Models = {
  concepts: Analyser;
  goalThemes: Analyser;
  projectThemes: Analyser;
  themes: GoalThemeDefinition[];
};
let models: Models | undefined;

function themeConcepts(
  pick: (theme: GoalThemeDefinition) => GoalThemeDefinition['goalTerms'],
): ConceptDefinition[] {
  return goalThemes.map((theme) => ({
    id: theme.id,
    label: theme.label,
    short: theme.label,
    sv: pick(theme).sv,
    en: pick(theme).en,
  }));
}

/** The analysers goal linking uses: the field vocabulary, and the goal themes read as two small vocabularies. */
function load(): Models {
  models ??= {
    concepts: new Analyser(defaultVocabulary()),
    goalThemes: new Analyser(
      compileVocabulary(
        themeConcepts((t) => t.goalTerms),
        [],
        [],
      ),
    ),
    projectThemes: new Analyser(
      compileVocabulary(
        themeConcepts((t) => t.projectTerms),
        [],
        [],
      ),
    ),
    themes: goalThemes,
  };
  return models;
}

type GoalProfile = {
  id: string;
  themes: number[];
  /** How clearly the goal's words name one goal theme: the best theme's score in either language. */
  themeStrength: number;
  /** Language-tagged stems of the goal's texts, compound parts included, with their weight (`goalWeight`). */
  stems: Map<string, number>;
  words: Map<string, string>;
};

const tagged = (analysis: TextAnalysis) => analysis.stems.map((s) => `${analysis.language}:${s}`);

function goalProfile(goal: GoalDefinition, m: Models, field: Field): GoalProfile {
  const texts = [goal.sv, goal.en].filter((t): t is string => Boolean(t?.trim()));
  const raw = m.themes.map(() => 0);
  let themeStrength = 0;
  const stems = new Map<string, number>();
  const words = new Map<string, string>();
  for (const text of texts) {
    const themes = m.goalThemes.analyse(text);
    m.themes.forEach((theme, i) => {
      const score = themes.concepts.find((c) => c.id === theme.id)?.score ?? 0;
      raw[i] = (raw[i] ?? 0) + score;
      themeStrength = Math.max(themeStrength, score);
    });
    const content = field.analyser.analyse(text);
    tagged(content).forEach((key, k) => {
      // Whom a goal is for ("Fler nyanlända i egen försörjning") is in most projects of its field.
      if (isAudience(content.words[k] ?? '', content.language)) return;
      stems.set(key, 1);
      if (!words.has(key)) words.set(key, content.words[k] ?? key);
    });
  }
  // A goal is mostly one kind: sharpen, then share out, so "hälsofrämjande samhälle" is health promotion first.
  const sharpened = raw.map((x) => x * x);
  const total = sharpened.reduce((a, b) => a + b, 0);
  return {
    id: goal.id,
    themes: sharpened.map((x) => (total > 0 ? x / total : 0)),
    themeStrength,
    stems,
    words,
  };
}

/** What one project says, read once: its field analysis, its kinds' weights, its themes and stems. */
type ProjectReading = {
  org: string;
  index: number;
  text: string;
  perTheme: { strength: number; concepts: string[]; words: string[] }[];
  kinds: { id: string; weight: number }[];
  /** Whom it is for: the target groups the field reads in it, each up to one core term. */
  groups: { id: string; weight: number }[];
  stems: string[];
  words: Map<string, string>;
};

export type GoalLinkOptions = {
  /** The mobilisation's field; absent: the mental-health template. */
  field?: Field;
  /** Projects whose goal a coordinator set or corrected, by text: they teach the linker and keep their goal. */
  corrections?: { text: string; goal: string }[];
  /**
   * Link each text on its own, as it reads: its evidence as it stands, not measured against the other texts
   * nor taught by them. For links that must not depend on which texts are linked together (a mobilisation's
   * needs, linked one profile at a time as profiles come in).
   */
  alone?: boolean;
  settings?: GoalSettings;
};

/**
 * Links each current project to the overall goal it serves best, for goals of any field.
 *
 * Goals whose texts name a goal theme plainly (health promotion, equipping individuals, support for those in
 * need …) are linked through the themes, served by library concepts, the goals' own words and, a little, what the
 * project's organisation says it works for. Goals of any other field are linked by five readings of the project,
 * each standardised over the mobilisation's projects so that a goal whose words are everywhere ("idrott, kultur
 * och mötesplatser") does not take every project: the kinds of support it concerns, tied to the goals whose words
 * their names share and to the goals whose texts the field reads as those kinds; the goals' words in it (weighed
 * by how few goals use them); the goals read as a field of their own; and whom it is for, tied to the goals that
 * name those people. What its organisation says it works for, and what it needs and offers, count too.
 * Then the mobilisation's projects teach each other: the kinds and words of the projects read as one goal's tie
 * them to that goal, and each project hears what the others (never itself) teach. Coordinators' corrections
 * keep their goal and teach the most.
 */
export function linkGoals(
  goals: GoalDefinition[],
  organisations: GoalOrganisation[],
  options: GoalLinkOptions = {},
): GoalLink[] {
  const settings = options.settings ?? DEFAULT_GOAL_SETTINGS;
  const m = load();
  const field = options.field ?? templateField();
  const { profiles, affinity, goalKinds, goalGroups } = goalSetup(goals, m, field);
  // Goals whose every text names a goal theme plainly ("Ett mer hälsofrämjande samhälle och levnadssätt") are
  // linked by the themes, which were written for such goals; the less clearly they do, the more the field's
  // kinds and what its own projects teach decide.
  const weakest = Math.min(...profiles.map((g) => g.themeStrength));
  const clarity = Math.max(
    0,
    Math.min(1, (weakest - settings.themeClear[0]) / (settings.themeClear[1] - settings.themeClear[0])),
  );
  const readings: ProjectReading[] = [];
  for (const org of organisations) {
    org.projects.forEach((project, index) => {
      const text = [project.title, project.description].filter((t) => t?.trim()).join('. ');
      readings.push(readProject(org.id, index, text, field, m, settings));
    });
  }
  const projectCount = readings.length;
  const together = clarity < 1 && !options.alone;
  // An organisation's own account of what it works for, and its needs and offers, read like a project of its:
  // for goals of any field, also those the themes read.
  const context = new Map<string, { about?: number; items?: number }>();
  if (!options.alone) {
    for (const org of organisations) {
      if (org.projects.length === 0) continue;
      const entry: { about?: number; items?: number } = {};
      if (org.goals?.trim()) {
        entry.about = readings.length;
        readings.push(readProject(org.id, -1, org.goals, field, m, settings));
      }
      // Themes do not weigh an organisation's needs and offers: they are read only for goals read as a field.
      const items = clarity < 1 ? [...(org.needs ?? []), ...(org.offers ?? [])].filter((t) => t.trim()) : [];
      if (items.length > 0) {
        entry.items = readings.length;
        readings.push(readProject(org.id, -1, items.join('. '), field, m, settings));
      }
      context.set(org.id, entry);
    }
  }
  const byGoal = clarity < 1 ? goalReadings(goals, readings, settings) : [];
  const evidence = readings.map((r, i) =>
    fieldEvidence(r, profiles, affinity, goalKinds, goalGroups, clarity < 1 ? (byGoal[i] ?? []) : []),
  );
  const standard = together ? standardise(evidence, profiles.length) : evidence;
  const weights = [
    settings.kindWeight,
    settings.goalKindWeight,
    settings.fieldLexicalWeight,
    settings.goalFieldWeight,
    settings.groupWeight,
  ];
  const own = readings.map((r, i) =>
    profiles.map((g, gi) => {
      let fieldScore = 0;
      weights.forEach((w, c) => {
        fieldScore += w * (standard[i]?.[c]?.[gi] ?? 0);
      });
      return (
        clarity *
          (settings.themeWeight * themeScore(r, g) + settings.lexicalWeight * (evidence[i]?.[2]?.[gi] ?? 0)) +
        (1 - clarity) * fieldScore
      );
    }),
  );
  const said = readings.map(
    (r, i) =>
      r.perTheme.some((t) => t.strength > 0) || (evidence[i] ?? []).some((row) => row.some((x) => x > 0)),
  );
  const base: number[][] = [];
  const speaks: boolean[] = [];
  for (let i = 0; i < projectCount; i++) {
    const r = readings[i] as ProjectReading;
    const { about, items } = context.get(r.org) ?? {};
    const row = (at: number | undefined) => (at === undefined ? undefined : own[at]);
    base.push(
      (own[i] ?? []).map(
        (x, gi) =>
          x +
          (1 - clarity) *
            (settings.organisationWeight * (row(about)?.[gi] ?? 0) +
              settings.itemsWeight * (row(items)?.[gi] ?? 0)) +
          clarity * settings.themeOrganisationWeight * (row(about)?.[gi] ?? 0),
      ),
    );
    speaks.push(
      Boolean(said[i] || (about !== undefined && said[about]) || (items !== undefined && said[items])),
    );
  }
  readings.length = projectCount;
  const corrected = new Map((options.corrections ?? []).map((c) => [labelKey(c.text), c.goal]));
  const given = readings.map((r) => {
    const fixed = corrected.get(labelKey(r.text));
    return fixed === undefined ? -1 : profiles.findIndex((g) => g.id === fixed);
  });
  const taught = together ? teach(readings, base, given, profiles.length, settings) : undefined;
  const read = base.map((row, i) => row.map((x, gi) => x + (1 - clarity) * (taught?.scores[i]?.[gi] ?? 0)));
  let learned = new Map<string, number[]>();
  let learnedKinds = new Map<string, number[]>();
  // How often each goal is chosen where the evidence is clear: a project that says nothing about any goal goes
  // to the goal most projects serve, not to whichever is listed first.
  let prior = profiles.map(() => 1);
  for (let round = 0; round < settings.rounds; round++) {
    const totals = readings.map((r, i) => total(read[i] ?? [], r, learned, learnedKinds, settings, clarity));
    const labels = readings.map((_, i) =>
      (given[i] ?? -1) >= 0 ? (given[i] ?? -1) : speaks[i] ? confidentGoal(totals[i] ?? [], settings) : -1,
    );
    prior = profiles.map((_, gi) => 1 + labels.filter((l) => l === gi).length);
    const teaching = settings.learnFromGuesses ? labels : given;
    ({ words: learned, kinds: learnedKinds } = learnGoalWords(readings, teaching, profiles.length, settings));
  }
  const explaining: Explaining = {
    models: m,
    affinity,
    learned,
    taught: taught?.words,
    goalCount: profiles.length,
    field,
    themed: clarity > 0,
  };
  return readings.map((r, i) => {
    const scores = total(read[i] ?? [], r, learned, learnedKinds, settings, clarity);
    const heard = Boolean(speaks[i] || taught?.reached[i] || r.stems.some((s) => learned.has(s)));
    let best = given[i] ?? -1;
    if (best < 0) {
      best = 0;
      scores.forEach((x, gi) => {
        const top = scores[best] ?? 0;
        if (heard ? x > top : (prior[gi] ?? 0) > (prior[best] ?? 0)) best = gi;
        else if (x === top && (prior[gi] ?? 0) > (prior[best] ?? 0)) best = gi;
      });
    }
    const goal = profiles[best];
    if (!goal) return { org: r.org, index: r.index, goal: '', score: 0, reasons: [] };
    return {
      org: r.org,
      index: r.index,
      goal: goal.id,
      score: heard ? share(scores, best, together) : 0,
      reasons: reasonsFor(r, goal, best, explaining),
    };
  });
}

/**
 * The chosen goal's share of the evidence: of the scores themselves where they are read as they stand (all of
 * them ≥ 0), of their exponentials where they are standardised (centred on each goal's mean).
 */
function share(scores: number[], best: number, standardised: boolean): number {
  let parts = scores;
  if (standardised) {
    const top = Math.max(...scores);
    parts = scores.map((x) => Math.exp(x - top));
  }
  const sum = parts.reduce((a, b) => a + b, 0);
  return sum > 0 ? Math.round(((parts[best] ?? 0) / sum) * 1000) / 1000 : 0;
}

/**
 * A reading's five kinds of evidence for each goal, as they stand: its kinds through their affinity to each goal
 * (`kindAffinities`), its kinds through the goals' own texts read by the field (`goalKindsOf`), the goals' words
 * in it, the goals read as a field of their own (`goalReadings`), and whom it is for through the goals that name
 * them (`goalGroupsOf`).
 */
function fieldEvidence(
  r: ProjectReading,
  goals: GoalProfile[],
  affinity: Map<string, number[]>,
  goalKinds: Map<string, number[]>,
  goalGroups: Map<string, number[]>,
  asField: number[],
): number[][] {
  const through = (table: Map<string, number[]>, read = r.kinds) =>
    goals.map((_, gi) => read.reduce((a, k) => a + k.weight * (table.get(k.id)?.[gi] ?? 0), 0));
  const lexical = goals.map((g) => {
    let shared = 0;
    for (const s of r.stems) shared += g.stems.get(s) ?? 0;
    return r.stems.length > 0 ? shared / Math.sqrt(r.stems.length) : 0;
  });
  return [
    through(affinity),
    through(goalKinds),
    lexical,
    goals.map((_, gi) => asField[gi] ?? 0),
    through(goalGroups, r.groups),
  ];
}

/**
 * Each kind of evidence measured against the mobilisation's own readings: less each goal's mean (evidence every
 * project gives a goal says nothing about which goal a project serves), over the spread of that evidence.
 * Returns, per reading, per kind of evidence, per goal.
 */
function standardise(evidence: number[][][], goalCount: number, centre = true): number[][][] {
  const kinds = evidence[0]?.length ?? 0;
  const n = Math.max(1, evidence.length);
  const out = evidence.map((rows) => rows.map((row) => [...row]));
  for (let c = 0; c < kinds; c++) {
    const means = Array.from(
      { length: goalCount },
      (_, gi) => evidence.reduce((a, rows) => a + (rows[c]?.[gi] ?? 0), 0) / n,
    );
    let square = 0;
    for (const rows of evidence) {
      rows[c]?.forEach((x, gi) => {
        square += (x - (means[gi] ?? 0)) ** 2;
      });
    }
    const spread = Math.sqrt(square / (n * Math.max(1, goalCount))) || 1;
    for (const rows of out) {
      const row = rows[c];
      row?.forEach((x, gi) => {
        row[gi] = (x - (centre ? (means[gi] ?? 0) : 0)) / spread;
      });
    }
  }
  return out;
}

function themeScore(r: ProjectReading, goal: GoalProfile): number {
  let theme = 0;
  goal.themes.forEach((share, i) => {
    theme += share * (r.perTheme[i]?.strength ?? 0);
  });
  return theme;
}

/**
 * What the mobilisation's projects teach each other: every project is read as its goals in proportion to how
 * strongly it points at each (a corrected one as its goal), the kinds and words (of at least two organisations)
 * they use are tied to those goals, and each project hears what all the others teach — leaving itself out, so
 * that a project does not confirm its own reading. Standardised like the projects' own evidence.
 */
function teach(
  readings: ProjectReading[],
  base: number[][],
  given: number[],
  goalCount: number,
  settings: GoalSettings,
): { scores: number[][]; words: Map<string, number[]>; reached: boolean[] } {
  const soft = base.map((row, i) => {
    const fixed = given[i] ?? -1;
    if (fixed >= 0) return row.map((_, gi) => (gi === fixed ? 1 : 0));
    const top = Math.max(...row);
    const e = row.map((x) => Math.exp((x - top) / settings.teachingTemperature));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / sum);
  });
  type Tally = { sums: number[]; weight: number; orgs: Set<string> };
  const tally = (table: Map<string, Tally>, key: string, org: string, weight: number, p: number[]) => {
    let entry = table.get(key);
    if (!entry) {
      entry = { sums: new Array<number>(goalCount).fill(0), weight: 0, orgs: new Set() };
      table.set(key, entry);
    }
    const sums = entry.sums;
    p.forEach((x, gi) => {
      sums[gi] = (sums[gi] ?? 0) + weight * x;
    });
    entry.weight += weight;
    entry.orgs.add(org);
  };
  const kinds = new Map<string, Tally>();
  const stems = new Map<string, Tally>();
  readings.forEach((r, i) => {
    const p = soft[i] ?? [];
    for (const k of r.kinds) tally(kinds, k.id, r.org, k.weight, p);
    for (const s of r.stems) tally(stems, s, r.org, 1, p);
  });
  // What the others teach of a key this reading uses: their goals' shares, smoothed towards even.
  const a = settings.teachingSmoothing;
  const others = (entry: Tally, weight: number, p: number[], gi: number) =>
    ((entry.sums[gi] ?? 0) - weight * (p[gi] ?? 0) + a / goalCount) / (entry.weight - weight + a);
  const reached = readings.map(() => false);
  const byKinds: number[][] = [];
  const byWords: number[][] = [];
  readings.forEach((r, i) => {
    const p = soft[i] ?? [];
    const fromKinds = new Array<number>(goalCount).fill(0);
    for (const k of r.kinds) {
      const entry = kinds.get(k.id);
      if (!entry || entry.weight - k.weight <= 0) continue;
      reached[i] = true;
      for (let gi = 0; gi < goalCount; gi++)
        fromKinds[gi] = (fromKinds[gi] ?? 0) + k.weight * (others(entry, k.weight, p, gi) - 1 / goalCount);
    }
    const fromWords = new Array<number>(goalCount).fill(0);
    for (const s of r.stems) {
      const entry = stems.get(s);
      if (!entry || entry.weight < 2 || entry.orgs.size < 2) continue;
      reached[i] = true;
      for (let gi = 0; gi < goalCount; gi++)
        fromWords[gi] = (fromWords[gi] ?? 0) + others(entry, 1, p, gi) - 1 / goalCount;
    }
    byKinds.push(fromKinds);
    byWords.push(fromWords.map((x) => x / Math.sqrt(Math.max(1, r.stems.length))));
  });
  const standard = standardise(
    byKinds.map((row, i) => [row, byWords[i] ?? []]),
    goalCount,
    false,
  );
  const words = new Map<string, number[]>();
  for (const [s, entry] of stems) {
    if (entry.weight < 2 || entry.orgs.size < 2) continue;
    words.set(
      s,
      entry.sums.map((x) => x / entry.weight),
    );
  }
  return {
    scores: standard.map(([k, w]) =>
      (k ?? []).map(
        (x, gi) => settings.teachingKindWeight * x + settings.teachingWordWeight * (w?.[gi] ?? 0),
      ),
    ),
    words,
    reached,
  };
}

type GoalSetup = {
  profiles: GoalProfile[];
  affinity: Map<string, number[]>;
  goalKinds: Map<string, number[]>;
  goalGroups: Map<string, number[]>;
};
const goalSetups = new WeakMap<Field, Map<string, GoalSetup>>();

/**
 * The goals read with a field, and how much each of its kinds serves each: the same for every call with these
 * goals and this field, so computed once. Re-linking one changed organisation's items (one call per
 * submission, and per organisation when an index fills) would otherwise read every goal and kind name again,
 * which costs twenty times the linking itself. Never changed after it is made.
 */
function goalSetup(goals: GoalDefinition[], m: Models, field: Field): GoalSetup {
  let byGoals = goalSetups.get(field);
  if (!byGoals) {
    byGoals = new Map();
    goalSetups.set(field, byGoals);
  }
  const key = JSON.stringify(goals.map((g) => [g.id, g.sv ?? null, g.en ?? null]));
  let setup = byGoals.get(key);
  if (!setup) {
    const profiles = goals.map((goal) => goalProfile(goal, m, field));
    weighGoalStems(profiles, field);
    setup = {
      profiles,
      affinity: kindAffinities(field, profiles, m),
      goalKinds: goalKindsOf(goals, field),
      goalGroups: goalGroupsOf(goals, field),
    };
    if (byGoals.size >= 16) byGoals.clear();
    byGoals.set(key, setup);
  }
  return setup;
}

/**
 * How much each kind serves each goal as the field reads the goals' own texts ("rörelse, god mat, balans och
 * tidiga insatser" → exercise, nutrition, falls prevention …): a kind counts up to a full core term, and is
 * shared out over the goals whose texts name it, sharpened, so a kind every goal names ties to none in
 * particular.
 *
 * A goal's Swedish and English texts say the same thing, so a kind counts by the mean of its readings in them
 * (decision 069): a kind only one wording names is how that language's words happen to read, not what the goal
 * is about. In an integration drive, "Språk, utbildning och validering …" read "utbildning" as the hiring kind's
 * word in Swedish only, and took job tracks to the language goal; "More newly arrived people … through work" read
 * "people" as the young people of a leisure kind's name, and took football to the work goal.
 */
export function goalKindsOf(goals: GoalDefinition[], field: Field): Map<string, number[]> {
  return tiesToGoals(goals, (goal) =>
    [goal.sv, goal.en]
      .filter((t): t is string => Boolean(t?.trim()))
      .map((text) => field.analyser.analyse(text).concepts),
  );
}

/**
 * How much each target group ties to each goal, as the field reads the goals' texts: whom a goal names ("Färre
 * barn och unga dras in i kriminalitet", "Äldre och deras närstående lever tryggt"), each text in the language it
 * was written in, a group counting by the mean of its readings in the goal's texts, shared out over the goals and
 * sharpened as a goal's kinds are (`goalKindsOf`).
 *
 * Decision 058 read goals for what they are about, leaving out whom they are for: in a field whose every goal
 * and most texts name the same people, they tell no goal apart. Where goals differ by whom they are for (young
 * people drawn into crime against victims of violence; children's own creative work against culture for
 * everyone), that is the one thing that does (decision 077). A group every goal names ties to none in
 * particular, and one most projects name is standardised away with the rest of the evidence.
 */
export function goalGroupsOf(goals: GoalDefinition[], field: Field): Map<string, number[]> {
  return tiesToGoals(goals, (goal) =>
    (['sv', 'en'] as const)
      .filter((language) => Boolean(goal[language]?.trim()))
      .map((language) => field.analyser.analyseAs(goal[language] ?? '', language).targetGroups),
  );
}

/**
 * What each goal's texts name (one reading per text), each id counting by the mean of its readings in the goal's
 * texts, then shared out over the goals and sharpened: an id one goal names plainly ties to it, one every goal
 * names to none in particular.
 */
function tiesToGoals(
  goals: GoalDefinition[],
  readingsOf: (goal: GoalDefinition) => { id: string; score: number }[][],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  goals.forEach((goal, gi) => {
    const readings = readingsOf(goal);
    for (const reading of readings) {
      for (const { id, score } of reading) {
        const row = out.get(id) ?? goals.map(() => 0);
        row[gi] = (row[gi] ?? 0) + Math.min(1, score / 3) / readings.length;
        out.set(id, row);
      }
    }
  });
  for (const [id, row] of out) {
    const sum = row.reduce((a, b) => a + b, 0);
    out.set(
      id,
      row.map((x) => (sum > 0 ? (x * x) / sum : 0)),
    );
  }
  return out;
}

let template: Field | undefined;
function templateField(): Field {
  template ??= Field.fromModel(learnField({ items: [] }, { rounds: 0 }));
  return template;
}

const goalFields = new Map<string, Field>();

/**
 * The goals read as a field of their own (see `goalReadings`), compiled once per set of goals: linking one
 * changed project must not compile a vocabulary.
 */
function goalsAsField(goals: GoalDefinition[]): Field {
  const kinds = goals.map((g) => ({ id: g.id, sv: g.sv ?? g.en ?? '', en: g.en ?? g.sv ?? '' }));
  const key = JSON.stringify(kinds);
  let field = goalFields.get(key);
  if (!field) {
    field = Field.fromModel(learnField({ kinds, items: [] }, { build: { ...DEFAULT_BUILD, goals: true } }));
    if (goalFields.size >= 16) goalFields.clear();
    goalFields.set(key, field);
  }
  return field;
}

/** A text's words count toward a goal up to one and a half core terms, whether a theme's or a goal's own. */
const mostCoreTerms = 1.5;

/**
 * The goals read as a field of their own: each goal's words, and the library concepts they name ("arbete",
 * "försörjning" → work placements, job matching …), become its terms. Returns each project's score per goal as
 * it stands, up to one and a half core terms (as a theme's own words count): a project that only hints at one
 * goal ("Språkcafé", a hint of the newcomers' kind of help a goal's words name) is not as sure of it as one that
 * names it plainly. The scores are not shared out (summing to 1): shared out, a lone hint counted as much as the
 * plainest project, for every project whose words happened to name one goal only.
 */
function goalReadings(
  goals: GoalDefinition[],
  readings: ProjectReading[],
  settings: GoalSettings,
): number[][] {
  if (settings.goalFieldWeight <= 0) return [];
  const field = goalsAsField(goals);
  return readings.map((r) => {
    const concepts = field.analyser.analyse(r.text).concepts;
    return goals.map((g) =>
      Math.min(mostCoreTerms, (concepts.find((c) => c.id === g.id)?.score ?? 0) / settings.conceptScale),
    );
  });
}

/**
 * A stem in every goal says nothing about which; in fewer, it says more the fewer they are. A stem many of the
 * field's kinds name ("support", "work", "newly arrived" in an integration drive's kinds) is the field's common
 * ground, not one goal's: it counts less the more kinds use it.
 */
function weighGoalStems(profiles: GoalProfile[], field: Field) {
  const count = new Map<string, number>();
  for (const g of profiles) for (const s of g.stems.keys()) count.set(s, (count.get(s) ?? 0) + 1);
  const inKinds = new Map<string, number>();
  for (const kind of field.model.kinds) {
    const stems = new Set([kind.sv, kind.en].flatMap((t) => tagged(field.analyser.analyse(t))));
    for (const s of stems) inKinds.set(s, (inKinds.get(s) ?? 0) + 1);
  }
  for (const g of profiles) {
    for (const s of g.stems.keys()) {
      const n = count.get(s) ?? 1;
      const spread = 1 / Math.max(1, (inKinds.get(s) ?? 0) - 1);
      g.stems.set(s, profiles.length > 1 && n === profiles.length ? 0 : spread / n);
    }
  }
}

/**
 * How much each kind of support serves each goal: the goal's words in the kind's names (and in the labels of the
 * library concepts it draws on), and, through goal themes, the affinity of those concepts to the goal's kind.
 * Each kind's affinities are shared out over the goals (they sum to 1, or 0 when nothing ties it to a goal).
 */
function kindAffinities(field: Field, goals: GoalProfile[], m: Models): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const library = new Map(supportTypes.map((c) => [c.id, c]));
  for (const kind of field.model.kinds) {
    const texts = [kind.sv, kind.en];
    for (const id of kind.draws) {
      const concept = library.get(id);
      if (concept) texts.push(concept.label.sv, concept.label.en);
    }
    const stems = new Set(texts.flatMap((t) => tagged(field.analyser.analyse(t))));
    const lexical = goals.map((g) => [...stems].reduce((a, s) => a + (g.stems.get(s) ?? 0), 0));
    const themed = goals.map((g) =>
      m.themes.reduce(
        (a, theme, ti) =>
          a + (g.themes[ti] ?? 0) * Math.max(0, ...kind.draws.map((id) => theme.conceptAffinity[id] ?? 0)),
        0,
      ),
    );
    const share = (xs: number[]) => {
      const sum = xs.reduce((a, b) => a + b, 0);
      return xs.map((x) => (sum > 0 ? x / sum : 0));
    };
    const l = share(lexical);
    const t = share(themed);
    out.set(kind.id, share(goals.map((_, gi) => (l[gi] ?? 0) + 0.5 * (t[gi] ?? 0))));
  }
  return out;
}

function readProject(
  org: string,
  index: number,
  text: string,
  field: Field,
  m: Models,
  settings: GoalSettings,
): ProjectReading {
  const templateAnalysis = m.concepts.analyse(text);
  const own = m.projectThemes.analyse(text);
  const analysis = field.analyser.analyse(text);
  const main = analysis.concepts[0]?.score ?? 0;
  const kinds =
    main > 0
      ? analysis.concepts.map((c) => ({
          id: c.id,
          weight: (c.score / main) ** settings.conceptSharpen * Math.min(1, c.score / settings.conceptScale),
        }))
      : [];
  const words = new Map<string, string>();
  const stems = tagged(analysis);
  stems.forEach((key, k) => {
    if (!words.has(key)) words.set(key, analysis.words[k] ?? key);
  });
  return {
    org,
    index,
    text,
    perTheme: m.themes.map((theme) => themeEvidence(theme, templateAnalysis, own, settings)),
    kinds,
    groups: analysis.targetGroups.map((g) => ({
      id: g.id,
      weight: Math.min(1, g.score / settings.conceptScale),
    })),
    stems: [...new Set(stems)],
    words,
  };
}

function total(
  base: number[],
  r: ProjectReading,
  learned: Map<string, number[]>,
  learnedKinds: Map<string, number[]>,
  settings: GoalSettings,
  clarity: number,
): number[] {
  return base.map((b, gi) => {
    let words = 0;
    for (const s of r.stems) words += learned.get(s)?.[gi] ?? 0;
    let kinds = 0;
    for (const k of r.kinds) kinds += k.weight * (learnedKinds.get(k.id)?.[gi] ?? 0);
    return b + (1 - clarity) * (settings.learnedWeight * words + settings.learnedKindWeight * kinds);
  });
}

/** The goal a project is linked to clearly enough to teach others, or -1. */
function confidentGoal(scores: number[], settings: GoalSettings): number {
  let best = -1;
  let second = 0;
  scores.forEach((x, gi) => {
    if (best < 0 || x > (scores[best] ?? 0)) {
      if (best >= 0) second = Math.max(second, scores[best] ?? 0);
      best = gi;
    } else second = Math.max(second, x);
  });
  const top = scores[best] ?? 0;
  return best >= 0 && top > 0 && top >= settings.confidentRatio * second ? best : -1;
}

/**
 * Words and kinds the clearly linked projects tie to a goal: a stem used by projects of at least two
 * organisations, most of whose projects (of those linked) are linked to one goal.
 */
function learnGoalWords(
  readings: ProjectReading[],
  labels: number[],
  goalCount: number,
  settings: GoalSettings,
): { words: Map<string, number[]>; kinds: Map<string, number[]> } {
  // What nothing labelled teaches is nothing (a need linked on its own, no corrections): no stem is tallied.
  if (!labels.some((label) => label >= 0)) return { words: new Map(), kinds: new Map() };
  const byStem = new Map<string, { orgs: Set<string>[]; uses: number }>();
  const byKind = new Map<string, number[]>();
  readings.forEach((r, i) => {
    const label = labels[i] ?? -1;
    for (const s of r.stems) {
      let entry = byStem.get(s);
      if (!entry) {
        entry = { orgs: Array.from({ length: goalCount }, () => new Set<string>()), uses: 0 };
        byStem.set(s, entry);
      }
      entry.uses++;
      if (label >= 0) entry.orgs[label]?.add(r.org);
    }
    if (label < 0) return;
    for (const k of r.kinds) {
      const row = byKind.get(k.id) ?? new Array<number>(goalCount).fill(0);
      row[label] = (row[label] ?? 0) + k.weight;
      byKind.set(k.id, row);
    }
  });
  const words = new Map<string, number[]>();
  for (const [s, { orgs, uses }] of byStem) {
    const row = orgs.map((set) => {
      const support = set.size;
      return support >= 2 && support / uses >= settings.minPurity ? support / uses : 0;
    });
    if (row.some((x) => x > 0)) words.set(s, row);
  }
  const kinds = new Map<string, number[]>();
  for (const [id, row] of byKind) {
    const sum = row.reduce((a, b) => a + b, 0);
    kinds.set(
      id,
      row.map((x) => (sum > 0 ? x / sum : 0)),
    );
  }
  return { words, kinds };
}

/** What every goal link's reasons are read against: the same for all projects of one run. */
type Explaining = {
  models: Models;
  /** Each kind's affinity to each goal. */
  affinity: Map<string, number[]>;
  /** Words learnt per goal from the projects linked with confidence. */
  learned: Map<string, number[]>;
  /** Words the coordinators' corrections taught, as shares per goal. */
  taught: Map<string, number[]> | undefined;
  goalCount: number;
  field: Field;
  /** Whether the goals were linked through the themes at all: a theme that weighed nothing is no reason. */
  themed: boolean;
};

function reasonsFor(
  r: ProjectReading,
  goal: GoalProfile,
  gi: number,
  { models: m, affinity, learned, taught, goalCount, field, themed }: Explaining,
): GoalReason[] {
  const reasons: GoalReason[] = [];
  let topTheme = -1;
  let topStrength = 0;
  goal.themes.forEach((share, i) => {
    const x = share * (r.perTheme[i]?.strength ?? 0);
    if (x > topStrength) {
      topStrength = x;
      topTheme = i;
    }
  });
  const evidence = r.perTheme[topTheme];
  const theme = m.themes[topTheme];
  if (themed && theme && evidence && topStrength > 0) {
    reasons.push({ kind: 'goalTheme', theme: theme.id, concepts: evidence.concepts, words: evidence.words });
  }
  const kind = r.kinds.find((k) => (affinity.get(k.id)?.[gi] ?? 0) >= 0.5 && k.weight >= 0.5);
  if (kind) {
    const label = field.vocabulary.byId.get(kind.id)?.short;
    if (label) reasons.push({ kind: 'goalKind', concept: kind.id, label });
  }
  const words = r.stems
    .filter((s) => (goal.stems.get(s) ?? 0) > 0)
    .map((s) => goal.words.get(s) ?? r.words.get(s) ?? s)
    .filter((w) => w.length >= 3);
  if (words.length > 0) reasons.push({ kind: 'goalWords', words: words.slice(0, 5) });
  // A word the mobilisation's projects use mostly for this goal (most of its uses, well above an even share).
  const told = (s: string) => (taught?.get(s)?.[gi] ?? 0) >= Math.max(0.6, 1.5 / goalCount);
  const others = r.stems
    .filter((s) => ((learned.get(s)?.[gi] ?? 0) > 0 || told(s)) && !(goal.stems.get(s) ?? 0))
    .map((s) => r.words.get(s) ?? s)
    .filter((w) => w.length >= 3);
  // A compound's parts ("pelikan", "klubben") say nothing its whole does not.
  const shown = [...new Set(others)].filter((w, _, all) => !all.some((x) => x !== w && x.includes(w)));
  if (shown.length > 0) reasons.push({ kind: 'learnedWords', words: shown.slice(0, 4) });
  return reasons;
}

/** How strongly a project does the work of one goal theme, and what shows it. */
function themeEvidence(
  theme: GoalThemeDefinition,
  analysis: TextAnalysis,
  own: TextAnalysis,
  settings: GoalSettings,
): { strength: number; concepts: string[]; words: string[] } {
  let strength = 0;
  const concepts: string[] = [];
  const main = analysis.concepts[0]?.score ?? 1;
  for (const concept of analysis.concepts) {
    const affinity = theme.conceptAffinity[concept.id] ?? 0;
    if (affinity <= 0) continue;
    const share = (concept.score / main) ** settings.conceptSharpen;
    strength += affinity * Math.min(1, concept.score / settings.conceptScale) * share;
    concepts.push(concept.id);
  }
  const words = own.concepts.find((c) => c.id === theme.id);
  if (words)
    strength += settings.projectTermWeight * Math.min(mostCoreTerms, words.score / settings.conceptScale);
  return { strength, concepts: concepts.slice(0, 3), words: words?.evidence.slice(0, 3) ?? [] };
}

const themeLabel = (id: string, language: ReasonLanguage) =>
  goalThemes.find((t) => t.id === id)?.label[language] ?? id;

/** A goal-link reason as a short sentence in Swedish or English. */
export function describeGoalReason(reason: GoalReason, language: ReasonLanguage = 'sv'): string {
  const sv = language === 'sv';
  if (reason.kind === 'goalWords') {
    return sv
      ? `gemensamma ord med målet: ${reason.words.join(', ')}`
      : `words shared with the goal: ${reason.words.join(', ')}`;
  }
  if (reason.kind === 'goalKind') {
    return sv
      ? `projektet gäller ${reason.label.sv}, som hör till målet`
      : `the project concerns ${reason.label.en}, which serves the goal`;
  }
  if (reason.kind === 'learnedWords') {
    return sv
      ? `ord som mobiliseringens andra projekt för målet använder: ${reason.words.join(', ')}`
      : `words the mobilisation's other projects for the goal use: ${reason.words.join(', ')}`;
  }
  const concepts = reason.concepts.map((id) => defaultVocabulary().byId.get(id)?.short[language] ?? id);
  const shown = [...concepts, ...reason.words.map((w) => (sv ? `”${w}”` : `"${w}"`))];
  const label = themeLabel(reason.theme, language);
  const detail = shown.length > 0 ? `: ${shown.join(', ')}` : '';
  return sv ? `projektet bidrar till ${label}${detail}` : `the project contributes to ${label}${detail}`;
}
