// Pure helpers, without the database driver: the matching worker thread imports this module to encode the
// pairs it hands over, so the main thread only passes strings on to PostgreSQL.

/** Pairs in columns, for bulk statements: each pair is in a need's list (needRank), an offer's, or both. */
export type PairColumns = {
  needIds: string[];
  offerIds: string[];
  scores: number[];
  suggested: boolean[];
  needRanks: (number | null)[];
  offerRanks: (number | null)[];
  /** JSON text. */
  reasons: string[];
  concepts: (string | null)[];
  goals: (string | null)[];
};

/** The same columns, each one PostgreSQL array literal (`{…}`), ready to be cast (`$1::uuid[]`). */
export type EncodedPairColumns = { [K in keyof PairColumns]: string } & { count: number };

export function emptyPairColumns(): PairColumns {
  return {
    needIds: [],
    offerIds: [],
    scores: [],
    suggested: [],
    needRanks: [],
    offerRanks: [],
    reasons: [],
    concepts: [],
    goals: [],
  };
}

const quoted = (value: string) => `"${value.replace(/[\\"]/g, '\\$&')}"`;

/** An array literal of texts (null as NULL), each element quoted so any text survives. */
export function textArrayLiteral(values: (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : quoted(v))).join(',')}}`;
}

/** An array literal of numbers or booleans (null as NULL). */
export function plainArrayLiteral(values: (number | boolean | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v))).join(',')}}`;
}

/**
 * Encodes pairs for one statement. Done where the pairs are made (a worker thread for a whole run): for
 * 300,000 pairs the encoding is seconds of CPU that would otherwise hold up the thread that answers requests.
 */
export function encodePairColumns(pairs: PairColumns): EncodedPairColumns {
  return {
    count: pairs.needIds.length,
    needIds: textArrayLiteral(pairs.needIds),
    offerIds: textArrayLiteral(pairs.offerIds),
    // Scores are stored as `real`; their shortest text form parses back to the same value.
    scores: plainArrayLiteral(pairs.scores),
    suggested: plainArrayLiteral(pairs.suggested),
    needRanks: plainArrayLiteral(pairs.needRanks),
    offerRanks: plainArrayLiteral(pairs.offerRanks),
    reasons: textArrayLiteral(pairs.reasons),
    concepts: textArrayLiteral(pairs.concepts),
    goals: textArrayLiteral(pairs.goals),
  };
}
