import { goalThemes } from '../vocabulary/goal-themes';
import type { ConceptDefinition, GoalThemeDefinition } from '../vocabulary/types';
import { Analyser, type TextAnalysis } from './analyse';
import type { ReasonLanguage } from './reasons';
import { compileVocabulary, defaultVocabulary } from './vocabulary';

/** An overall goal of a mobilisation, in Swedish and/or English. */
export type GoalDefinition = { id: string; sv?: string; en?: string };
export type ProjectInput = { title?: string; description?: string };
export type GoalOrganisation = { id: string; projects: ProjectInput[] };

export type GoalReason =
  /** The goal is of this kind, and the project does that kind of work: through these concepts and words. */
  | { kind: 'goalTheme'; theme: string; concepts: string[]; words: string[] }
  /** Words the project shares with the goal's own text. */
  | { kind: 'goalWords'; words: string[] };

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
  /** Weight of words shared with the goal's text. */
  lexicalWeight: number;
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
  lexicalWeight: 0.6,
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

type GoalProfile = { id: string; themes: number[]; stems: Set<string>; words: Map<string, string> };

function goalProfile(goal: GoalDefinition, m: Models): GoalProfile {
  const texts = [goal.sv, goal.en].filter((t): t is string => Boolean(t?.trim()));
  const raw = m.themes.map(() => 0);
  const stems = new Set<string>();
  const words = new Map<string, string>();
  for (const text of texts) {
    const themes = m.goalThemes.analyse(text);
    m.themes.forEach((theme, i) => {
      raw[i] = (raw[i] ?? 0) + (themes.concepts.find((c) => c.id === theme.id)?.score ?? 0);
    });
    const content = m.concepts.analyse(text);
    content.stems.forEach((stem, k) => {
      const key = `${content.language}:${stem}`;
      stems.add(key);
      if (!words.has(key)) words.set(key, content.words[k] ?? stem);
    });
  }
  // A goal is mostly one kind: sharpen, then share out, so "hälsofrämjande samhälle" is health promotion first.
  const sharpened = raw.map((x) => x * x);
  const total = sharpened.reduce((a, b) => a + b, 0);
  return { id: goal.id, themes: sharpened.map((x) => (total > 0 ? x / total : 0)), stems, words };
}

/**
 * Links each current project to the overall goal it serves best. A goal is read for what kind of goal it is
 * (health promotion, equipping individuals, support for those in need, … — recognised in the goal's own words,
 * so any mobilisation's goals work), a project for the support types and words that show what it does; the
 * two meet through each kind's concept affinities. Words the project shares with a goal's text add to it, and
 * decide alone when a goal is of no known kind.
 */
export function linkGoals(
  goals: GoalDefinition[],
  organisations: GoalOrganisation[],
  settings: GoalSettings = DEFAULT_GOAL_SETTINGS,
): GoalLink[] {
  const m = load();
  const profiles = goals.map((goal) => goalProfile(goal, m));
  const links: GoalLink[] = [];
  for (const org of organisations) {
    org.projects.forEach((project, index) => {
      const text = [project.title, project.description].filter((t) => t?.trim()).join('. ');
      links.push({ org: org.id, index, ...linkOne(text, profiles, m, settings) });
    });
  }
  return links;
}

function linkOne(
  text: string,
  goals: GoalProfile[],
  m: Models,
  settings: GoalSettings,
): { goal: string; score: number; reasons: GoalReason[] } {
  const analysis = m.concepts.analyse(text);
  const own = m.projectThemes.analyse(text);
  const perTheme = m.themes.map((theme) => themeEvidence(theme, analysis, own, settings));
  const projectStems = new Set(analysis.stems.map((s) => `${analysis.language}:${s}`));
  const scores = goals.map((goal) => {
    let score = 0;
    goal.themes.forEach((share, i) => {
      score += share * (perTheme[i]?.strength ?? 0);
    });
    const shared = [...projectStems].filter((s) => goal.stems.has(s));
    const lexical =
      projectStems.size && goal.stems.size
        ? shared.length / Math.sqrt(projectStems.size * goal.stems.size)
        : 0;
    return { goal, score: score + settings.lexicalWeight * lexical, shared };
  });
  const best = scores.reduce<(typeof scores)[number] | undefined>(
    (a, b) => (a === undefined || b.score > a.score ? b : a),
    undefined,
  );
  if (!best) return { goal: '', score: 0, reasons: [] };
  const total = scores.reduce((a, b) => a + b.score, 0);
  const reasons: GoalReason[] = [];
  const topTheme = best.goal.themes.reduce(
    (bestIndex, share, i) =>
      share * (perTheme[i]?.strength ?? 0) >
      (best.goal.themes[bestIndex] ?? 0) * (perTheme[bestIndex]?.strength ?? 0)
        ? i
        : bestIndex,
    0,
  );
  const evidence = perTheme[topTheme];
  const theme = m.themes[topTheme];
  if (theme && evidence && evidence.strength > 0 && (best.goal.themes[topTheme] ?? 0) > 0) {
    reasons.push({ kind: 'goalTheme', theme: theme.id, concepts: evidence.concepts, words: evidence.words });
  }
  const words = best.shared.map((s) => best.goal.words.get(s) ?? s).filter((w) => w.length >= 3);
  if (words.length > 0) reasons.push({ kind: 'goalWords', words: words.slice(0, 5) });
  return {
    goal: best.goal.id,
    score: total > 0 ? Math.round((best.score / total) * 1000) / 1000 : 0,
    reasons,
  };
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
  if (words) strength += settings.projectTermWeight * Math.min(1.5, words.score / settings.conceptScale);
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
  const concepts = reason.concepts.map((id) => defaultVocabulary().byId.get(id)?.short[language] ?? id);
  const shown = [...concepts, ...reason.words.map((w) => (sv ? `”${w}”` : `"${w}"`))];
  const label = themeLabel(reason.theme, language);
  const detail = shown.length > 0 ? `: ${shown.join(', ')}` : '';
  return sv ? `projektet bidrar till ${label}${detail}` : `the project contributes to ${label}${detail}`;
}
