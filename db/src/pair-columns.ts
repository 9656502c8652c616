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
  /** Of each pair's content (`pairSignature`); null where a writer does not keep one (decision 044). */
  signatures: (number | null)[];
};

/**
 * The same columns, each one PostgreSQL array literal (`{…}`), ready to be cast (`$1::uuid[]`); the reasons
 * one JSON array of their texts (`json_array_elements_text`).
 */
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
    signatures: [],
  };
}

const quoted = (value: string) => `"${value.replace(/[\\"]/g, '\\$&')}"`;

/** What an array literal may hold unquoted and read back as it is: ids and codes (not NULL, which is null). */
const bare = /^[\w.:-]+$/;

/**
 * An array literal of texts (null as NULL), each element quoted so any text survives, unless it is an id or
 * a code that needs no quotes: a whole run encodes 600,000 ids, and quoting each was a fifth of encoding.
 */
export function textArrayLiteral(values: (string | null)[]): string {
  return `{${values
    .map((v) =>
      v === null ? 'NULL' : bare.test(v) && (v.length !== 4 || v.toLowerCase() !== 'null') ? v : quoted(v),
    )
    .join(',')}}`;
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
    // As JSON: escaping every reason's quotes for an array literal, one text at a time, was most of the
    // encoding (a whole run's reasons are about 80 MB); JSON.stringify escapes them in one native pass.
    reasons: JSON.stringify(pairs.reasons),
    concepts: textArrayLiteral(pairs.concepts),
    goals: textArrayLiteral(pairs.goals),
    signatures: plainArrayLiteral(pairs.signatures),
  };
}

/**
 * A batch of a whole run's pairs in COPY's text format, as UTF-8 bytes (`encodePairRows`), and how many rows it
 * holds. Encoded where the pairs are made (the matching thread), so the main thread passes the bytes on.
 */
export type EncodedPairRows = { count: number; bytes: Uint8Array };

/**
 * The columns of `encodePairRows`' lines, in their order: with the engine version for a table shaped as
 * `matches` (a whole run's load table), without for `match_staging`, whose replace adds it.
 */
export function pairRowColumns(withVersion: boolean): string[] {
  return [
    'mobilisation_id',
    'need_id',
    'offer_id',
    'score',
    'suggested',
    'need_rank',
    'offer_rank',
    'reasons',
    ...(withVersion ? ['engine_version'] : []),
    'concept',
    'goal_code',
    'signature',
  ];
}

/** A text as a field of COPY's text format: backslashes, tabs and line ends escaped; null as `\N`. */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return copySpecial.test(value) ? value.replace(copySpecials, (c) => copyEscapes[c] ?? c) : value;
}

const copySpecial = /[\\\t\n\r]/;
const copySpecials = /[\\\t\n\r]/g;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const copyNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? '\\N' : String(value);

/**
 * Pairs as the lines a `COPY … FROM STDIN` loads (columns as `pairRowColumns` lists them; `engineVersion` null
 * leaves that column out). PostgreSQL parses these with about two thirds of the CPU time the same rows cost as
 * one statement's array parameters (decision 074), and the reasons go as the engine wrote them, not escaped
 * again as the texts of a JSON array. Written a line at a time into one buffer: building the batch as one
 * text and encoding it afterwards took half as long again.
 */
export function encodePairRows(
  mobilisationId: string,
  engineVersion: string | null,
  pairs: PairColumns,
): EncodedPairRows {
  const mobilisation = `${copyField(mobilisationId)}\t`;
  const version = engineVersion === null ? '' : `${copyField(engineVersion)}\t`;
  // At most three bytes of UTF-8 for a character (escaped ones are ASCII: two bytes), and under 80 bytes a line
  // for its numbers, flags, tabs and nulls: a buffer that cannot be outgrown (a write past its end would be cut
  // short without a word).
  let characters = 0;
  for (let i = 0; i < pairs.needIds.length; i++) {
    characters +=
      mobilisation.length +
      version.length +
      (pairs.needIds[i]?.length ?? 0) +
      (pairs.offerIds[i]?.length ?? 0) +
      (pairs.reasons[i]?.length ?? 0) +
      (pairs.concepts[i]?.length ?? 0) +
      (pairs.goals[i]?.length ?? 0);
  }
  const out = Buffer.allocUnsafe(3 * characters + 80 * pairs.needIds.length + 1);
  let at = 0;
  for (let i = 0; i < pairs.needIds.length; i++) {
    at += out.write(
      `${mobilisation}${copyField(pairs.needIds[i] ?? null)}\t${copyField(pairs.offerIds[i] ?? null)}\t` +
        `${copyNumber(pairs.scores[i])}\t${pairs.suggested[i] ? 't' : 'f'}\t${copyNumber(pairs.needRanks[i])}\t` +
        `${copyNumber(pairs.offerRanks[i])}\t`,
      at,
    );
    at += out.write(copyField(pairs.reasons[i] ?? null), at);
    at += out.write(
      `\t${version}${copyField(pairs.concepts[i] ?? null)}\t${copyField(pairs.goals[i] ?? null)}\t` +
        `${copyNumber(pairs.signatures[i])}\n`,
      at,
    );
  }
  if (at >= out.length) throw new Error('the pairs outgrew the buffer they were written into');
  // Its own buffer of the lines' size: the batch is copied to the main thread whole.
  return { count: pairs.needIds.length, bytes: new Uint8Array(out.buffer, out.byteOffset, at).slice() };
}

/**
 * A 53-bit hash of a pair's stored content (cyrb53), kept in `matches.signature`: a whole run compares the
 * pairs it ranked with the stored ones by it and writes only those that changed (decision 044). 53 bits, so
 * it is exact as a JavaScript number and as a `bigint`; a changed pair keeps its old signature by chance
 * about once in 10^15 times.
 */
export function pairSignature(
  score: number,
  suggested: boolean,
  needRank: number | null,
  offerRank: number | null,
  reasons: string,
  concept: string | null,
  goal: string | null,
  engineVersion: string,
): number {
  // The characters of the head `JSON.stringify([score, suggested, needRank, offerRank, concept, goal,
  // engineVersion])` writes, then the reasons': fed as they come, without building the head's array and text
  // for each of a whole run's 300,000 pairs (a fifth of its signing, decision 074). The score as stored
  // (`real`): a difference PostgreSQL would not keep is no change.
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
  feedCode(0x5b); // [
  feedNumber(Math.fround(score));
  feedCode(0x2c);
  feedText(suggested ? 'true' : 'false');
  feedCode(0x2c);
  feedNumber(needRank);
  feedCode(0x2c);
  feedNumber(offerRank);
  feedCode(0x2c);
  feedString(concept);
  feedCode(0x2c);
  feedString(goal);
  feedCode(0x2c);
  if (engineVersion !== versionSeen) {
    versionSeen = engineVersion;
    versionJson = JSON.stringify(engineVersion);
  }
  feedText(versionJson);
  feedCode(0x5d); // ]
  feed(reasons, 0, reasons.length);
  let h1 = lanes[0] ?? 0;
  let h2 = lanes[1] ?? 0;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A digest of a set of pairs as stored, each by its need's and offer's ids and its signature (as
 * `storedMatchSignatures` gives them), the same in whatever order they come: the count and the sums of two
 * 32-bit hashes of each entry (sums of 300,000 of them stay exact as numbers). A whole run that finds the
 * stored pairs' digest equal to the one of the lists it made last, from an index that has not changed since,
 * need not rank again: its lists would be the same.
 */
export type PairsDigest = { count: number; low: number; high: number };

/** A 32-bit hash pair being fed an entry's characters (cyrb53's two lanes). */
const lanes = new Int32Array(2);

const feedText = (text: string) => feed(text, 0, text.length);

/** A number as JSON writes it (its shortest form; null for none, as for NaN and infinities). */
function feedNumber(value: number | null) {
  if (value === null || !Number.isFinite(value)) feedText('null');
  // A rank: its text made once (a whole run signs hundreds of thousands).
  else if (Number.isInteger(value) && value >= 0 && value < smallIntegers.length)
    feedText(smallIntegers[value] as string);
  else feedText(String(value));
}

const smallIntegers = Array.from({ length: 100 }, (_, n) => String(n));

/** Whether JSON escapes something in a string (or may: surrogates; the rare case, left to JSON itself). */
function jsonEscapes(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/** A string as JSON writes it, null as null. */
function feedString(value: string | null) {
  if (value === null) feedText('null');
  else if (jsonEscapes(value)) feedText(JSON.stringify(value));
  else {
    feedCode(0x22);
    feedText(value);
    feedCode(0x22);
  }
}

/** The engine version a whole run signs its pairs with, and its JSON: the same for every pair. */
let versionSeen = '';
let versionJson = '""';

function feedCode(c: number) {
  lanes[0] = Math.imul((lanes[0] ?? 0) ^ c, 2654435761);
  lanes[1] = Math.imul((lanes[1] ?? 0) ^ c, 1597334677);
}

function feed(text: string, start: number, end: number) {
  let h1 = lanes[0] ?? 0;
  let h2 = lanes[1] ?? 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  lanes[0] = h1;
  lanes[1] = h2;
}

/** Adds the entry whose characters were fed since the lanes were reset to `digest`, and resets them. */
function addEntry(digest: PairsDigest) {
  let h1 = lanes[0] ?? 0;
  let h2 = lanes[1] ?? 0;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  digest.count++;
  digest.low += h1 >>> 0;
  digest.high += h2 >>> 0;
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
}

/** The digest of `storedMatchSignatures`' text, read in place. */
export function storedDigest(text: string): PairsDigest {
  const digest = { count: 0, low: 0, high: 0 };
  if (text.length === 0) return digest;
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
  let start = 0;
  for (;;) {
    const end = text.indexOf(',', start);
    feed(text, start, end < 0 ? text.length : end);
    addEntry(digest);
    if (end < 0) return digest;
    start = end + 1;
  }
}

/** The digest the pairs will have once stored as they are, with their signatures. */
export function pairsDigest(pairs: PairColumns): PairsDigest {
  const digest = { count: 0, low: 0, high: 0 };
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
  for (let i = 0; i < pairs.needIds.length; i++) {
    const needId = pairs.needIds[i] as string;
    const offerId = pairs.offerIds[i] as string;
    const signature = pairs.signatures[i];
    feed(needId, 0, needId.length);
    feed(offerId, 0, offerId.length);
    if (signature !== null && signature !== undefined) {
      const digits = String(signature);
      feed(digits, 0, digits.length);
    }
    addEntry(digest);
  }
  return digest;
}

export const sameDigest = (a: PairsDigest, b: PairsDigest) =>
  a.count === b.count && a.low === b.low && a.high === b.high;

/** The key of a pair in `StoredSignatures`: its need's id and its offer's, as PostgreSQL prints uuids. */
export const pairKey = (needId: string, offerId: string) => needId + offerId;

/** A `pairKey`'s two ids (both uuids, 36 characters). */
export const pairOfKey = (key: string) => ({ needId: key.slice(0, 36), offerId: key.slice(36) });

/** The stored pairs of a mobilisation, by `pairKey`, with their signatures (null: none kept). */
export type StoredSignatures = Map<string, number | null>;

/**
 * Reads `storedMatchSignatures`' text: one entry per pair, comma-separated, each the need's id, the offer's
 * id (36 characters each) and the signature, if any. One text instead of 300,000 rows: the main thread only
 * passes it on, and the matching thread reads it in a few hundred milliseconds.
 */
export function parseStoredSignatures(text: string): StoredSignatures {
  const stored: StoredSignatures = new Map();
  if (text.length === 0) return stored;
  for (const entry of text.split(',')) {
    stored.set(entry.slice(0, 72), entry.length > 72 ? Number(entry.slice(72)) : null);
  }
  return stored;
}
