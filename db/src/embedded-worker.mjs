// The embedded database's thread (decision 060): it owns PGlite and answers PostgreSQL's wire protocol for the
// connections the main thread opens (embedded.ts), so the database's CPU work runs beside the event loop that
// answers requests instead of on it. Plain JavaScript because a thread starts without the TypeScript loader
// (see server/src/workers/thread-entry.mjs) and this one needs nothing but PGlite.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const port = parentPort;
if (!port) throw new Error('embedded-worker.mjs runs as a worker thread');

// The same as connection.ts's embeddedExtensions: they must be passed on every open of a directory.
const extensions = { pg_trgm, unaccent };

/** @type {{ dataDir: string | null }} */
const { dataDir } = workerData;

const post = (message, transfer = []) => port.postMessage(message, transfer);

let pglite;
try {
  pglite = dataDir ? await PGlite.create(dataDir, { extensions }) : await PGlite.create({ extensions });
} catch (error) {
  post({ kind: 'failed', message: String(error instanceof Error ? error.message : error) });
  process.exit(1);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A backend message: a type byte, then its length (itself included) and its body. */
function message(type, ...parts) {
  const bodies = parts.map((part) => (typeof part === 'string' ? encoder.encode(`${part}\0`) : part));
  const length = 4 + bodies.reduce((sum, body) => sum + body.length, 0);
  const out = new Uint8Array(1 + length);
  const view = new DataView(out.buffer);
  out[0] = type.charCodeAt(0);
  view.setInt32(1, length);
  let at = 5;
  for (const body of bodies) {
    out.set(body, at);
    at += body.length;
  }
  return out;
}

const int32 = (value) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, value);
  return out;
};

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const settings = (
  await pglite.query(
    "select name, setting from pg_settings where name in ('server_version', 'server_encoding', 'client_encoding', " +
      "'DateStyle', 'TimeZone', 'integer_datetimes', 'standard_conforming_strings')",
  )
).rows;

/**
 * PGlite has one session, opened when it started; a connection's startup gets the answer a server gives
 * (authenticated, its settings, ready) without touching that session.
 */
const startupAnswer = (id) =>
  concat([
    message('R', int32(0)),
    ...settings.map(({ name, setting }) => message('S', name, setting)),
    message('K', int32(id), int32(0)),
    message('Z', new Uint8Array([0x49])), // idle: a connection never starts in a transaction
  ]);

const sslRequest = 80877103;
const terminate = 0x58;
const notification = 0x41;
const simpleQueryType = 0x51;
const copyDone = 0x63;
const copyFail = 0x66;

/** Whether a simple query's text (its bytes) is a COPY FROM STDIN, after which the client sends the data. */
const copyIn = /^\s*copy\b[\s\S]*\bfrom\s+stdin\b/i;
function startsCopyIn(text) {
  // Most statements are told apart by their first letters, without decoding the whole text.
  const head = decoder.decode(text.subarray(0, 64)).trimStart().slice(0, 4).toLowerCase();
  return head === 'copy' && copyIn.test(decoder.decode(text));
}

/** Where each backend message in a stretch of them starts: its type byte, then its length. */
function* messageStarts(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 5 <= bytes.length; at += 1 + view.getInt32(at + 1)) yield at;
}

/** Notifications in a stretch of backend messages go to the main thread's listeners. */
function forwardNotifications(bytes) {
  for (const at of messageStarts(bytes)) {
    if (bytes[at] !== notification) continue;
    const start = at + 9;
    const end = bytes.indexOf(0, start);
    post({ kind: 'notify', channel: decoder.decode(bytes.subarray(start, end)) });
  }
}

/**
 * Runs protocol messages and returns PostgreSQL's answer as it wrote it. Through the raw stream: PGlite's
 * other entry points also parse every answer into objects (kept until the next `query`), work the main
 * thread's driver does anyway.
 */
let answer = [];
const collect = (bytes) => {
  answer.push(bytes.slice());
};
async function run(bytes) {
  answer = [];
  await pglite.execProtocolRawStream(bytes, { onRawData: collect });
  const out = answer.length === 1 ? answer[0] : concat(answer);
  answer = [];
  forwardNotifications(out);
  return out;
}

/** A statement of the thread's own (LISTEN, UNLISTEN), failing with the database's error message. */
async function exec(sql) {
  const out = await run(simpleQuery(sql));
  for (const at of messageStarts(out)) {
    if (out[at] !== 0x45) continue;
    // An ErrorResponse: fields of a type byte and a string; 'M' is the message.
    for (let field = at + 5; out[field] !== 0; ) {
      const end = out.indexOf(0, field + 1);
      if (out[field] === 0x4d) throw new Error(decoder.decode(out.subarray(field + 1, end)));
      field = end + 1;
    }
    throw new Error(`${sql} failed`);
  }
}

/** @type {Map<number, { started: boolean, rest: Uint8Array | null }>} */
const connections = new Map();

/**
 * Runs what a connection sent: the complete messages in one call (PostgreSQL's main loop takes them in turn),
 * a partial one kept for the next chunk. Always answers, possibly with nothing, so the main thread knows when
 * nothing is under way.
 */
async function onData(id, bytes) {
  const connection = connections.get(id);
  const out = [];
  if (connection) {
    const input = connection.rest ? concat([connection.rest, bytes]) : bytes;
    const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
    let at = 0;
    if (!connection.started && input.length >= 8 && input.length >= view.getInt32(0)) {
      // The startup packet (no type byte), or a request for TLS, which a thread does not need.
      if (view.getInt32(4) === sslRequest) out.push(new Uint8Array([0x4e]));
      else {
        out.push(startupAnswer(id));
        connection.started = true;
      }
      at = view.getInt32(0);
    }
    let end = at;
    let terminated = false;
    // Where a COPY FROM STDIN starts whose end (CopyDone or CopyFail) has not come yet: PGlite must get a copy
    // with all its data in one call (it ends the process when a copy's input runs out), so it waits here.
    let copying = -1;
    while (connection.started && input.length - end >= 5) {
      if (input[end] === terminate) {
        terminated = true;
        break;
      }
      const length = view.getInt32(end + 1);
      if (input.length - end < 1 + length) break;
      if (input[end] === simpleQueryType && startsCopyIn(input.subarray(end + 5, end + length)))
        copying = end;
      else if (input[end] === copyDone || input[end] === copyFail) copying = -1;
      end += 1 + length;
    }
    const through = copying >= 0 ? copying : end;
    if (through > at) out.push(await run(input.subarray(at, through)));
    connection.rest = !terminated && through < input.length ? input.slice(through) : null;
    if (terminated) await onClose(id);
  }
  const reply = out.length === 1 ? out[0] : concat(out);
  post({ kind: 'data', connection: id, bytes: reply }, [reply.buffer]);
}

const sync = message('S');
const simpleQuery = (text) => message('Q', text);

/**
 * What a server does when a connection ends: its open transaction rolls back and its prepared statements go
 * (a pool's next connection prepares them again). LISTENs stay: they belong to the database's listeners,
 * not to a connection. Another connection still open keeps the session as it is.
 */
async function onClose(id) {
  if (!connections.delete(id) || connections.size > 0) return;
  await run(concat([sync, simpleQuery('rollback'), simpleQuery('deallocate all')]));
}

async function onRequest(request) {
  switch (request.kind) {
    case 'exec':
      await exec(request.sql);
      return undefined;
    case 'dump': {
      const archive = await pglite.dumpDataDir('gzip');
      return new Uint8Array(await archive.arrayBuffer());
    }
    case 'shutdown':
      await pglite.close();
      return undefined;
    default:
      throw new Error(`unknown request ${request.kind}`);
  }
}

async function handle(request) {
  switch (request.kind) {
    case 'open':
      connections.set(request.connection, { started: false, rest: null });
      return;
    case 'data':
      return onData(request.connection, request.bytes);
    case 'close':
      return onClose(request.connection);
    default:
      try {
        const value = await onRequest(request);
        post({ kind: 'reply', request: request.request, ok: true, value }, value ? [value.buffer] : []);
      } catch (error) {
        post({
          kind: 'reply',
          request: request.request,
          ok: false,
          message: String(error instanceof Error ? error.message : error),
        });
      }
  }
}

// One thing at a time, in the order sent: the session is one, and a statement must never start between two
// messages of another's exchange.
let queue = Promise.resolve();
port.on('message', (request) => {
  queue = queue
    .then(() => handle(request))
    .catch((error) => {
      // The database itself failed (PGlite aborted): nothing more can be answered from it.
      post({ kind: 'failed', message: String(error instanceof Error ? error.stack : error) });
      process.exit(1);
    });
});

post({ kind: 'ready' });
