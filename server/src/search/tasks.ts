import {
  Field,
  type FieldModel,
  type GoalDefinition,
  type MarkedPart,
  type SearchEvidence,
  type SearchPlan,
  SearchReader,
  type SearchReading,
} from '@kraftsamling/matching';
import { linkNeedTexts } from '../matching/need-goals';

// The search lane's tasks: reading texts and queries with the engine needs its vocabularies, which take
// seconds to compile, so they live in a worker thread of their own (a query never waits for a matching run).
// Each mobilisation is read with its learnt field (none: the template); a task for a field the thread does not
// hold answers `needField`, and the main thread hands the field over with `search.field`.

type Reading = { mobilisationId: string; fingerprint: string | null };
const readers = new Map<string, { fingerprint: string | null; reader: SearchReader; field: Field }>();
let template: SearchReader | undefined;

/** What the thread holds of the mobilisation, if it is the field the caller read with. */
function heldFor(input: Reading) {
  const held = readers.get(input.mobilisationId);
  return held?.fingerprint === input.fingerprint ? held : null;
}

function readerOf(input: Reading): SearchReader | null {
  if (input.fingerprint === null) {
    template ??= new SearchReader();
    return template;
  }
  return heldFor(input)?.reader ?? null;
}

/** The mobilisation's learnt field (undefined: the template), or null when the thread does not hold it. */
function fieldOf(input: Reading): Field | undefined | null {
  return input.fingerprint === null ? undefined : (heldFor(input)?.field ?? null);
}

export const needField = { needField: true } as const;

export const searchTasks = {
  /** Takes a mobilisation's learnt field for its texts and queries. */
  'search.field': (input: { mobilisationId: string; fingerprint: string; model: FieldModel }): void => {
    const field = Field.fromModel(input.model);
    readers.set(input.mobilisationId, {
      fingerprint: input.fingerprint,
      reader: new SearchReader(field),
      field,
    });
  },

  /** Each text read for search (its terms and their evidence), with the version of the reading. */
  'search.terms': (
    input: Reading & { texts: string[] },
  ): typeof needField | { version: string; readings: SearchReading[] } => {
    const r = readerOf(input);
    if (!r) return needField;
    return { version: r.version, readings: input.texts.map((text) => r.read(text)) };
  },

  /**
   * The goals of a cold index's needs, linked here while the matching thread reads them into its index (a
   * whole run's index phase, decision 074): for each profile, its need texts not linked before, as
   * `MobilisationIndex` would link them. This thread is otherwise idle while a whole run works (decision 065),
   * and a batch takes tens of milliseconds, so a query waits for one at most; the first after a start also
   * compiles the models that link (a second or two, which the matching thread would otherwise spend).
   */
  'search.needGoals': (
    input: Reading & { goals: GoalDefinition[]; profiles: string[][] },
  ): typeof needField | { goals: (string | null)[][] } => {
    const field = fieldOf(input);
    if (field === null) return needField;
    return { goals: input.profiles.map((texts) => linkNeedTexts(input.goals, texts, field)) };
  },

  /** The version of the reading, which stored search terms carry. */
  'search.version': (input: Reading): typeof needField | { version: string } => {
    const r = readerOf(input);
    return r ? { version: r.version } : needField;
  },

  /** What a query asks for. */
  'search.plan': (input: Reading & { q: string }): typeof needField | { plan: SearchPlan } => {
    const r = readerOf(input);
    return r ? { plan: r.plan(input.q) } : needField;
  },

  /**
   * Each text of a page of hits with the words that made it a hit marked, from the evidence stored with its
   * search terms (decision 042); a text without (not read yet) is read here.
   */
  'search.mark': (
    input: Reading & { plan: SearchPlan; texts: { text: string; evidence: SearchEvidence | null }[] },
  ): MarkedPart[][] => {
    const r = readerOf(input) ?? readerOf({ ...input, fingerprint: null });
    return input.texts.map(
      ({ text, evidence }) => r?.mark(text, input.plan, evidence) ?? [{ text, marked: false }],
    );
  },
};
