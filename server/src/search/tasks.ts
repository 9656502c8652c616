import {
  Field,
  type FieldModel,
  type MarkedPart,
  type SearchEvidence,
  type SearchPlan,
  SearchReader,
  type SearchReading,
} from '@kraftsamling/matching';

// The search lane's tasks: reading texts and queries with the engine needs its vocabularies, which take
// seconds to compile, so they live in a worker thread of their own (a query never waits for a matching run).
// Each mobilisation is read with its learnt field (none: the template); a task for a field the thread does not
// hold answers `needField`, and the main thread hands the field over with `search.field`.

type Reading = { mobilisationId: string; fingerprint: string | null };
const readers = new Map<string, { fingerprint: string | null; reader: SearchReader }>();
let template: SearchReader | undefined;

function readerOf(input: Reading): SearchReader | null {
  if (input.fingerprint === null) {
    template ??= new SearchReader();
    return template;
  }
  const held = readers.get(input.mobilisationId);
  return held?.fingerprint === input.fingerprint ? held.reader : null;
}

export const needField = { needField: true } as const;

export const searchTasks = {
  /** Takes a mobilisation's learnt field for its texts and queries. */
  'search.field': (input: { mobilisationId: string; fingerprint: string; model: FieldModel }): void => {
    readers.set(input.mobilisationId, {
      fingerprint: input.fingerprint,
      reader: new SearchReader(Field.fromModel(input.model)),
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
