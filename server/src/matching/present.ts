import type { JobRow, StoredMatch } from '@kraftsamling/db';
import { describeReason, type KindLabels, type Reason } from '@kraftsamling/matching';
import type { ItemMatch, MatchReason, MatchRun, ProfileMatches, SectorId } from '@kraftsamling/shared';

/**
 * Reasons are stored as the engine gave them and put into words when read, in both languages, with the
 * mobilisation's own names for its kinds (`labels`) when it has named them.
 */
export function presentReasons(stored: unknown, labels?: KindLabels): MatchReason[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((reason: Reason) => {
    try {
      return [
        {
          kind: reason.kind,
          sv: describeReason(reason, 'sv', undefined, labels),
          en: describeReason(reason, 'en', undefined, labels),
        },
      ];
    } catch {
      // A reason written by an older engine version that this one cannot phrase: leave it out.
      return [];
    }
  });
}

/**
 * Phrased reasons kept per stored text and per labels object: the labels of a kinds version are one object for
 * as long as the version is current (server/kinds), and phrasing depends on nothing else. The review queue
 * and a profile's matches phrased the same pairs' reasons on every request (issue 12). Bounded: the oldest
 * entry goes first. The arrays are shared between answers and must not be changed.
 */
const phrasedByLabels = new WeakMap<object, Map<string, MatchReason[]>>();
const templateLabels = {};
const keptPhrasings = 5000;

/** `presentReasons` of reasons stored as JSON text, phrased once per text and labels. */
export function presentStoredReasons(text: string | null, labels?: KindLabels): MatchReason[] {
  if (!text) return [];
  const key = labels ?? templateLabels;
  let phrased = phrasedByLabels.get(key);
  if (!phrased) {
    phrased = new Map();
    phrasedByLabels.set(key, phrased);
  }
  const known = phrased.get(text);
  if (known) return known;
  const reasons = presentReasons(JSON.parse(text), labels);
  if (phrased.size >= keptPhrasings) {
    const oldest = phrased.keys().next();
    if (!oldest.done) phrased.delete(oldest.value);
  }
  phrased.set(text, reasons);
  return reasons;
}

function presentMatch(match: StoredMatch, labels: KindLabels | undefined): ItemMatch {
  return {
    counterpart: {
      itemId: match.other.itemId,
      text: match.other.text,
      profileId: match.other.profileId,
      organisation: {
        id: match.other.organisationId,
        name: match.other.organisationName,
        sector: match.other.sector as SectorId,
        county: match.other.county,
      },
    },
    score: Math.round(match.score * 1000) / 1000,
    suggested: match.suggested,
    reasons: presentStoredReasons(match.reasonsText, labels),
  };
}

export function presentProfileMatches(
  items: { needs: { id: string; text: string }[]; offers: { id: string; text: string }[] },
  stored: { needs: StoredMatch[]; offers: StoredMatch[] },
  pending: boolean,
  labels?: KindLabels,
): ProfileMatches {
  const all = [...stored.needs, ...stored.offers];
  const newest = all.reduce<StoredMatch | undefined>(
    (latest, m) => (!latest || m.computedAt > latest.computedAt ? m : latest),
    undefined,
  );
  const group = (list: { id: string; text: string }[], matches: StoredMatch[], key: 'needId' | 'offerId') =>
    list.map((item) => ({
      itemId: item.id,
      text: item.text,
      matches: matches.filter((m) => m[key] === item.id).map((m) => presentMatch(m, labels)),
    }));
  return {
    engineVersion: newest?.engineVersion ?? null,
    computedAt: newest ? newest.computedAt.toISOString() : null,
    pending,
    needs: group(items.needs, stored.needs, 'needId'),
    offers: group(items.offers, stored.offers, 'offerId'),
  };
}

export function presentRun(job: JobRow): MatchRun {
  return {
    jobId: job.id,
    status: job.status,
    progress: job.progress,
    total: job.total,
    error: job.error,
    createdAt: job.created_at.toISOString(),
    startedAt: job.started_at ? job.started_at.toISOString() : null,
    finishedAt: job.finished_at ? job.finished_at.toISOString() : null,
  };
}
