import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import type { MapDocumentEncoding, StoredMapDocument } from '@kraftsamling/db';
import type { MapDocument } from '@kraftsamling/shared';

// zlib's asynchronous calls compress in libuv's thread pool, off the event loop that answers requests.
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);

/** How the stored document starts; the server flips it to `true` while a new layout is on its way. */
const notPending = '{"pending":false,';
const pending = '{"pending":true,';

/**
 * The map document of one revision, as stored: its JSON (links as columns, `readMapDocument`), gzip for
 * every browser and Brotli for those that take it (about a fifth smaller), and a weak ETag from its content,
 * so that a rebuild that changed nothing keeps answering 304 to browsers that have it.
 */
export async function buildMapDocument(
  document: Omit<MapDocument, 'pending'>,
  revision: number,
): Promise<StoredMapDocument> {
  const json = JSON.stringify({ pending: false, ...document } satisfies MapDocument);
  if (!json.startsWith(notPending)) throw new Error('map document: pending must come first');
  const raw = Buffer.from(json);
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(raw, { level: 6 }),
    brotliAsync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  const digest = createHash('sha256').update(raw).digest('base64url').slice(0, 27);
  return { revision, etag: `W/"${digest}"`, rawBytes: raw.length, gzip: gzipped, brotli };
}

/** The ETag of the document as sent: the stored one, marked while a recomputation is pending. */
export function sentEtag(etag: string, isPending: boolean): string {
  return isPending ? `${etag.slice(0, -1)}-p"` : etag;
}

/** The encodings a response can have, best first. */
export type SentEncoding = 'br' | 'gzip' | 'identity';

/** Brotli when the client takes it, else gzip, else none (`q=0` refuses an encoding). */
export function chooseEncoding(acceptEncoding: string | undefined): SentEncoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const takes = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (takes('br')) return 'br';
  if (takes('gzip')) return 'gzip';
  return 'identity';
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export const storedEncoding: Record<Exclude<SentEncoding, 'identity'>, MapDocumentEncoding> = {
  br: 'brotli',
  gzip: 'gzip',
};

/**
 * The body to send from the stored gzip (or Brotli) bytes. Only the rare cases pay for re-encoding: a client
 * without compression, or a pending recomputation (a few seconds after a change), which flips the first
 * field and is compressed again, in the thread pool.
 */
export async function sentBody(stored: Buffer, encoding: SentEncoding, isPending: boolean): Promise<Buffer> {
  if (!isPending && encoding !== 'identity') return stored;
  const raw = await gunzipAsync(stored);
  const json = isPending ? Buffer.concat([Buffer.from(pending), raw.subarray(notPending.length)]) : raw;
  if (encoding === 'identity') return json;
  return encoding === 'gzip'
    ? gzipAsync(json, { level: 1 })
    : brotliAsync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
}
