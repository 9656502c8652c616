import { type Db, getFieldFingerprint, getFieldModel, searchMobilisation } from '@kraftsamling/db';
import { type FieldModel, type MarkedPart, markHit, type SearchPlan } from '@kraftsamling/matching';
import {
  highlightEnd,
  highlightStart,
  type SearchResult,
  type searchQuerySchema,
} from '@kraftsamling/shared';
import type { z } from 'zod';
import type { ServerTasks } from '../workers/tasks';
import type { WorkerThreads } from '../workers/threads';
import type { needField } from './tasks';

type Workers = WorkerThreads<ServerTasks>;
type Reading = { mobilisationId: string; fingerprint: string | null };

/**
 * Runs a search task with the mobilisation's learnt field: when the search thread does not hold it yet (or holds
 * an older one), hands it over and runs the task again. `known` is the field's fingerprint when the caller has
 * just read it (it checks it afterwards); otherwise it is read here.
 */
export async function withField<T extends object>(
  db: Db,
  workers: Workers,
  mobilisationId: string,
  task: (reading: Reading) => Promise<T | typeof needField>,
  known?: string | null,
): Promise<T> {
  const fingerprint = known === undefined ? await getFieldFingerprint(db, mobilisationId) : known;
  const first = await task({ mobilisationId, fingerprint });
  if (!('needField' in first)) return first;
  const stored = await getFieldModel(db, mobilisationId);
  if (stored) {
    await workers.run('search.field', {
      mobilisationId,
      fingerprint: stored.fingerprint,
      // Stored by the learning job from the engine's own learnField, so it is a FieldModel.
      model: stored.model as FieldModel,
    });
  }
  const second = await task({ mobilisationId, fingerprint: stored?.fingerprint ?? null });
  if ('needField' in second) throw new Error(`the search thread did not take the field of ${mobilisationId}`);
  return second;
}

/**
 * The fingerprint of each mobilisation's field as the last search found it. A search reads its query with it
 * and the search statement says which field is current, so a search costs one statement instead of two; when
 * the field has changed since, the query is read again with the new one.
 */
const lastField = new Map<string, string | null>();

/**
 * Queries as the search thread read them, per mobilisation, field and query text (decision 052). A plan
 * depends on nothing else (the reading's vocabularies are the process's code), so a kept one is never stale;
 * keeping it spares each later page, filter or repeat of a query a round trip to the thread, and lets the
 * marking keep what it found of the query's words (`markHit` gathers them per plan). Oldest out first.
 */
const plans = new Map<string, SearchPlan>();
const PLANS_KEPT = 500;

async function planOf(workers: Workers, reading: Reading, q: string) {
  const key = `${reading.mobilisationId}\n${reading.fingerprint ?? ''}\n${q}`;
  const kept = plans.get(key);
  if (kept) {
    plans.delete(key);
    plans.set(key, kept);
    return { plan: kept };
  }
  const read = await workers.run('search.plan', { ...reading, q });
  if ('plan' in read) {
    if (plans.size >= PLANS_KEPT) plans.delete(plans.keys().next().value ?? key);
    plans.set(key, read.plan);
  }
  return read;
}

/** Words of a long text shown around its first marked word. */
const snippetWords = 40;
/** Words shown before the first marked word, so that it is read in its sentence. */
const leadWords = 8;

/**
 * Partner search by the engine's understanding: the search thread reads the query, the database finds and
 * ranks the texts by their stored search terms, and the thread marks the words that made each hit.
 */
export async function search(
  db: Db,
  workers: Workers,
  mobilisationId: string,
  query: z.output<typeof searchQuerySchema>,
): Promise<SearchResult> {
  let known = lastField.get(mobilisationId);
  let reading: Reading = { mobilisationId, fingerprint: null };
  for (let attempt = 0; ; attempt++) {
    const { plan } = await withField(
      db,
      workers,
      mobilisationId,
      (r) => {
        reading = r;
        return planOf(workers, r, query.q);
      },
      known,
    );
    const found = await searchMobilisation(db, mobilisationId, { ...query, groups: plan.groups });
    // A query without content words reads nothing, and says nothing of which field is current.
    const current = found.fingerprint === undefined ? reading.fingerprint : found.fingerprint;
    lastField.set(mobilisationId, current);
    if (current === reading.fingerprint || attempt > 0) return mark(workers, reading, plan, found);
    known = current;
  }
}

/**
 * The page's hits with the words that made them hits marked: from the evidence stored with their search terms
 * here (decision 042: no vocabulary needed, and a page of texts is not sent to the search thread and back); a
 * text not read yet is read and marked in the search thread.
 */
async function mark(
  workers: Workers,
  reading: Reading,
  plan: SearchPlan,
  found: Awaited<ReturnType<typeof searchMobilisation>>,
): Promise<SearchResult> {
  const unread = found.items.filter((hit) => hit.evidence === null);
  const read =
    unread.length === 0
      ? []
      : await workers.run('search.mark', {
          ...reading,
          plan,
          texts: unread.map(({ text }) => ({ text, evidence: null })),
        });
  let next = 0;
  return {
    total: found.total,
    items: found.items.map(({ text, evidence, ...hit }) => ({
      ...hit,
      highlight: snippet(
        evidence ? markHit(text, plan, evidence) : (read[next++] ?? [{ text, marked: false }]),
      ),
    })),
  };
}

/** Whether a code unit is white space as `\s` in a regular expression reads it. */
function isSpace(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/** The number of runs of non-space characters (`/\S+/g` matches), without allocating them. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The marked text with marks as the API writes them, cut to about 40 words around the first mark. */
export function snippet(parts: MarkedPart[]): string {
  // Most texts are short enough to be shown whole: then the words need not be split out and counted one by
  // one (a mark counts as one word, as below).
  let count = 0;
  for (const part of parts) count += part.marked ? 1 : wordCount(part.text);
  if (count <= snippetWords + leadWords)
    return parts
      .map((p) => (p.marked ? `${highlightStart}${p.text}${highlightEnd}` : p.text))
      .join('')
      .trim();
  const words: { text: string; marked: boolean }[] = [];
  for (const part of parts) {
    if (part.marked) words.push(part);
    else
      for (const piece of part.text.split(/(?<=\s)/)) if (piece) words.push({ text: piece, marked: false });
  }
  const counted = (from: number, to: number) => words.slice(from, to).filter((w) => /\S/.test(w.text)).length;
  let start = 0;
  let end = words.length;
  if (counted(0, words.length) > snippetWords + leadWords) {
    const first = Math.max(
      0,
      words.findIndex((w) => w.marked),
    );
    start = first;
    while (start > 0 && counted(start, first) < leadWords) start--;
    end = start;
    while (end < words.length && counted(start, end) < snippetWords) end++;
  }
  const body = words
    .slice(start, end)
    .map((w) => (w.marked ? `${highlightStart}${w.text}${highlightEnd}` : w.text))
    .join('')
    .trim();
  return `${start > 0 ? '… ' : ''}${body}${end < words.length ? ' …' : ''}`;
}
