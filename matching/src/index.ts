// Public API of the matching engine. Pure: no file system, database, network or clock.
import type { Labels } from '../vocabulary/types';
import { Analyser, type ItemTags, type TextAnalysis } from './analyse';
import type { Field } from './field/field';
import { defaultVocabulary } from './vocabulary';

export type { AnalyserSettings, ConceptEvidence, ItemTags, TextAnalysis } from './analyse';
export { Analyser, DEFAULT_ANALYSER_SETTINGS } from './analyse';
export { generalCoreKinds, kindLabels } from './field/build';
export { Field } from './field/field';
export type { AbbreviationInput, TargetGroupInput } from './field/groups';
export type { KindDefinition } from './field/kinds';
export type { CorpusItem, LearnedTerm } from './field/learn';
export type { FieldModel, LearningInput, PairDecision, TextTag } from './field/model';
export { learnField, templateKinds } from './field/model';
export type {
  ItemRef,
  Match,
  MatchIndexOptions,
  MatchItem,
  MatchListText,
  MatchOrganisation,
  MatchQuery,
} from './match-index';
export { MatchIndex } from './match-index';
export type { Nearness } from './places';
export { normaliseCounty } from './places';
export type { KindLabels, Reason, ReasonLanguage } from './reasons';
export { describeReason } from './reasons';
export type { ScoringSettings } from './score';
export { DEFAULT_SCORING } from './score';
export type { MarkedPart, SearchEvidence, SearchGroup, SearchPlan, SearchReading } from './search';
export { markHit, SearchReader } from './search';

/** Bump the first part whenever analysis or scoring changes; the second follows the vocabulary by itself. */
const ENGINE_CODE_VERSION = '2.20.0';
export const ENGINE_VERSION = `${ENGINE_CODE_VERSION}+vocab.${defaultVocabulary().fingerprint}`;

/**
 * The version stored matches carry: the engine's code and the field they were ranked with (its learnt model's
 * fingerprint), so matches from an earlier model are known to be stale.
 */
export function engineVersion(field?: Field): string {
  return field ? `${ENGINE_CODE_VERSION}+field.${field.model.fingerprint}` : ENGINE_VERSION;
}

export type ConceptSummary = {
  id: string;
  kind: 'supportType' | 'targetGroup';
  label: Labels;
  short: Labels;
};

/** The vocabulary's support types and target groups with their Swedish and English names. */
export function listConcepts(): ConceptSummary[] {
  return defaultVocabulary().concepts.map(({ id, kind, label, short }) => ({ id, kind, label, short }));
}

let shared: Analyser | undefined;

/** Concepts, target groups and stems of one text, with the default vocabulary. */
export function analyse(text: string, tags?: ItemTags): TextAnalysis {
  shared ??= new Analyser();
  return shared.analyse(text, tags);
}
export type {
  GoalDefinition,
  GoalLink,
  GoalOrganisation,
  GoalReason,
  GoalSettings,
  ProjectInput,
} from './goals';
export { DEFAULT_GOAL_SETTINGS, describeGoalReason, linkGoals } from './goals';
