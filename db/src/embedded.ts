import { Duplex } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { PoolConfig } from 'pg';
import { threadExecArgv } from './thread-exec-argv';

/**
 * The embedded database (PGlite) in a thread of its own (decision 060). PGlite runs PostgreSQL in WebAssembly
 * on the thread that calls it; on the event loop that answers requests, every statement's CPU work delayed
 * every request, and the process used one core where a server's backends use the others. The thread owns
 * PGlite and answers PostgreSQL's wire protocol; each `pg` connection of the app gets a socket-like stream
 * whose bytes go to the thread and back as messages, so the app reaches it through the same driver, pool and
 * Kysely as a server. PGlite has one session: the pool has one connection, as before.
 */
export class EmbeddedDatabase {
  private readonly sockets = new Map<number, EmbeddedSocket>();
  private readonly requests = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  private readonly listeners = new Map<string, Set<() => void>>();
  private nextId = 1;
  /** Exchanges sent and not yet answered: the thread keeps the process alive only while there are any. */
  private inFlight = 0;
  private failure: Error | null = null;
  private closing = false;
  private closed: Promise<void> | null = null;
  /** Bytes written by each connection in this tick, sent together. */
  private readonly outgoing = new Map<number, Buffer[]>();
  private flushQueued = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`the embedded database's thread ended (exit code ${code})`));
    });
  }

  /** Opens PGlite in `dataDir` (its pgdata directory), or in memory when null; resolves once it is ready. */
  static open(dataDir: string | null): Promise<EmbeddedDatabase> {
    const worker = new Worker(new URL('./embedded-worker.mjs', import.meta.url), {
      workerData: { dataDir },
      execArgv: threadExecArgv(),
      name: 'kraftsamling-database',
    });
    return new Promise((resolve, reject) => {
      const onExit = (code: number) =>
        reject(new Error(`the embedded database did not open (exit code ${code})`));
      const onStart = (message: FromWorker) => {
        if (message.kind !== 'ready' && message.kind !== 'failed') return;
        worker.off('message', onStart);
        worker.off('exit', onExit);
        worker.off('error', reject);
        if (message.kind === 'failed') {
          reject(new Error(message.message));
          return;
        }
        const database = new EmbeddedDatabase(worker);
        worker.unref();
        resolve(database);
      };
      worker.on('message', onStart);
      worker.once('exit', onExit);
      worker.once('error', reject);
    });
  }

  /**
   * For a pg Pool: PGlite is one session, so one connection (a second's statements would run in the first's
   * transaction).
   */
  poolConfig(): PoolConfig {
    return {
      stream: () => this.socket(),
      user: 'postgres',
      database: 'postgres',
      host: 'embedded',
      max: 1,
      // The connection is kept: a new one would prepare every read statement again.
      idleTimeoutMillis: 0,
    };
  }

  /** Calls `onNotify` for each NOTIFY on `channel`, delivered when the notifying transaction commits. */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    let callbacks = this.listeners.get(channel);
    if (!callbacks) {
      callbacks = new Set();
      this.listeners.set(channel, callbacks);
      try {
        await this.request({ kind: 'exec', sql: `listen ${quoteIdentifier(channel)}` });
      } catch (error) {
        this.listeners.delete(channel);
        throw error;
      }
    }
    callbacks.add(onNotify);
    return async () => {
      const current = this.listeners.get(channel);
      if (!current?.delete(onNotify) || current.size > 0) return;
      this.listeners.delete(channel);
      if (!this.failure && !this.closing)
        await this.request({ kind: 'exec', sql: `unlisten ${quoteIdentifier(channel)}` });
    };
  }

  /** A consistent copy of the data directory (gzipped tar), taken between two statements. */
  async dump(): Promise<Uint8Array> {
    return (await this.request({ kind: 'dump' })) as Uint8Array;
  }

  /** Closes PGlite (its checkpoint written) and ends the thread; after the pool that used it has ended. */
  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown() {
    try {
      if (!this.failure) await this.request({ kind: 'shutdown' });
    } finally {
      this.closing = true;
      await this.worker.terminate();
      // What still reaches for the thread fails at once instead of waiting on one that is gone.
      this.fail(new Error('the embedded database is closed'));
    }
  }

  private socket(): EmbeddedSocket {
    const id = this.nextId++;
    const socket = new EmbeddedSocket({
      open: () => {
        if (this.failure) {
          process.nextTick(() => socket.destroy(this.failure ?? undefined));
          return;
        }
        this.sockets.set(id, socket);
        this.worker.postMessage({ kind: 'open', connection: id } satisfies ToWorker);
        process.nextTick(() => socket.emit('connect'));
      },
      write: (chunk) => this.write(id, chunk),
      close: () => {
        if (!this.sockets.delete(id)) return;
        this.flush();
        if (!this.failure) this.worker.postMessage({ kind: 'close', connection: id } satisfies ToWorker);
      },
    });
    return socket;
  }

  private write(id: number, chunk: Buffer) {
    if (this.failure) throw this.failure;
    const pending = this.outgoing.get(id);
    if (pending) pending.push(chunk);
    else this.outgoing.set(id, [chunk]);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // pg writes a statement's messages (parse, bind, describe, execute, sync) one by one in the same turn.
    queueMicrotask(() => this.flush());
  }

  private flush() {
    this.flushQueued = false;
    for (const [id, chunks] of this.outgoing) {
      // A buffer of its own to hand over: Node's small buffers share one pool that must not be transferred.
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      this.busy(1);
      this.worker.postMessage({ kind: 'data', connection: id, bytes } satisfies ToWorker, [bytes.buffer]);
    }
    this.outgoing.clear();
  }

  private request(request: Request): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.requests.set(id, { resolve, reject });
      this.busy(1);
      this.worker.postMessage({ ...request, request: id } satisfies ToWorker);
    });
  }

  private busy(change: 1 | -1) {
    this.inFlight += change;
    if (change === 1 && this.inFlight === 1) this.worker.ref();
    else if (this.inFlight === 0) this.worker.unref();
  }

  private receive(message: FromWorker) {
    switch (message.kind) {
      case 'data': {
        this.busy(-1);
        const socket = this.sockets.get(message.connection);
        if (socket && message.bytes.length > 0)
          socket.push(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.length));
        return;
      }
      case 'notify':
        for (const onNotify of this.listeners.get(message.channel) ?? []) onNotify();
        return;
      case 'reply': {
        const pending = this.requests.get(message.request);
        if (!pending) return;
        this.requests.delete(message.request);
        this.busy(-1);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(new Error(message.message));
        return;
      }
      case 'failed':
        this.fail(new Error(`the embedded database failed: ${message.message}`));
        return;
      case 'ready':
        return;
    }
  }

  /** The thread is gone: every connection and request fails, and nothing new starts. */
  private fail(error: Error) {
    if (this.failure) return;
    this.failure = error;
    for (const socket of this.sockets.values()) socket.destroy(error);
    this.sockets.clear();
    for (const pending of this.requests.values()) pending.reject(error);
    this.requests.clear();
    this.inFlight = 0;
    this.worker.unref();
  }
}

type Request = { kind: 'exec'; sql: string } | { kind: 'dump' } | { kind: 'shutdown' };

type ToWorker =
  | { kind: 'open'; connection: number }
  | { kind: 'data'; connection: number; bytes: Uint8Array }
  | { kind: 'close'; connection: number }
  | (Request & { request: number });

type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'data'; connection: number; bytes: Uint8Array }
  | { kind: 'notify'; channel: string }
  | { kind: 'reply'; request: number; ok: true; value?: Uint8Array }
  | { kind: 'reply'; request: number; ok: false; message: string };

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

type SocketEnds = {
  open: () => void;
  write: (chunk: Buffer) => void;
  close: () => void;
};

/** What pg's connection needs of a socket, its bytes carried to and from the database's thread. */
class EmbeddedSocket extends Duplex {
  constructor(private readonly ends: SocketEnds) {
    super();
  }

  connect(): this {
    this.ends.open();
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read() {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    try {
      this.ends.write(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _final(done: (error?: Error | null) => void) {
    this.ends.close();
    this.push(null);
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void) {
    this.ends.close();
    done(error);
  }
}
