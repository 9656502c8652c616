import { threadId, Worker } from 'node:worker_threads';
import { threadExecArgv } from '@kraftsamling/db';

/** Functions a worker thread can run by name: pure CPU work that takes its input as data and returns data. */
// biome-ignore lint/suspicious/noExplicitAny: a task's input type is its own; the table only names tasks
export type TaskTable = Record<string, (input: any) => unknown>;

export type TaskRequest = { id: number; task: string; input: unknown };
export type TaskResponse =
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack: string } };

type Pending = { resolve: (output: unknown) => void; reject: (error: Error) => void };

type Lane = {
  worker: Worker;
  pending: Map<number, Pending>;
  threadId: number;
  /** Ends the thread once it has had nothing to do for its lane's `idleMs`. */
  idleTimer: NodeJS.Timeout | null;
};

/** How a lane's thread lives. */
export type LaneOptions = {
  /**
   * End the thread after this long without a task, so that what it holds (its heap, grown by its last task,
   * and the engine's compiled vocabularies) goes back to the system; the next task starts a fresh thread.
   * Only for a lane whose state is a cache it can rebuild; absent: the thread lives as long as the app.
   */
  idleMs?: number;
};

export type LaneStats = { threadId: number | null; completed: number; failed: number; started: number };

const entry = new URL('./thread-entry.mjs', import.meta.url);

/**
 * CPU-heavy background work (matching, map layout) off the event loop that answers requests. Each lane — the
 * part of a task's name before the dot, e.g. `matching.full` runs in lane `matching` — has a thread of its
 * own, started on first use and started again after a crash, so a long map layout never delays a re-match and
 * a lane's cached state lives in one place. The database is not reachable from a thread (the embedded PGlite
 * lives in a thread of its own, reached through the main thread's pool, and cannot be opened twice): tasks get
 * their input as data and return data, and the caller does the reading and writing (decision 016). A lane may
 * end its thread when idle (`LaneOptions`).
 */
export class WorkerThreads<T extends TaskTable> {
  private readonly lanes = new Map<string, Lane>();
  private readonly stats = new Map<string, LaneStats>();
  private nextId = 1;
  private closed = false;
  /** The thread this object was made in: tasks run in others. */
  readonly mainThreadId = threadId;

  /** `tasksUrl` is a module whose export `exportName` is the task table (loaded inside each thread). */
  constructor(
    private readonly tasksUrl: URL,
    private readonly exportName = 'tasks',
    private readonly laneOptions: Record<string, LaneOptions> = {},
  ) {}

  run<K extends keyof T & string>(task: K, input: Parameters<T[K]>[0]): Promise<Awaited<ReturnType<T[K]>>> {
    if (this.closed) return Promise.reject(new Error('worker threads are closed'));
    const laneName = task.includes('.') ? task.slice(0, task.indexOf('.')) : task;
    const lane = this.lane(laneName);
    if (lane.idleTimer) {
      clearTimeout(lane.idleTimer);
      lane.idleTimer = null;
    }
    const id = this.nextId++;
    const stats = this.statsOf(laneName);
    stats.started++;
    return new Promise((resolve, reject) => {
      lane.pending.set(id, {
        resolve: (output) => {
          stats.completed++;
          resolve(output as Awaited<ReturnType<T[K]>>);
        },
        reject: (error) => {
          stats.failed++;
          reject(error);
        },
      });
      try {
        lane.worker.postMessage({ id, task, input } satisfies TaskRequest);
      } catch (error) {
        // Input the structured clone cannot copy never reaches the thread: nothing will answer for it.
        lane.pending.get(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        lane.pending.delete(id);
      }
    });
  }

  /** What each lane has done, and in which thread. */
  report(): Record<string, LaneStats> {
    return Object.fromEntries(this.stats);
  }

  async close(): Promise<void> {
    this.closed = true;
    const lanes = [...this.lanes.values()];
    for (const lane of lanes) if (lane.idleTimer) clearTimeout(lane.idleTimer);
    this.lanes.clear();
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }

  /** Starts the idle countdown of a lane that has nothing left to do (see LaneOptions.idleMs). */
  private whenIdle(name: string, lane: Lane) {
    const idleMs = this.laneOptions[name]?.idleMs;
    if (idleMs === undefined || lane.pending.size > 0) return;
    if (lane.idleTimer) clearTimeout(lane.idleTimer);
    lane.idleTimer = setTimeout(() => {
      lane.idleTimer = null;
      if (lane.pending.size > 0 || this.lanes.get(name) !== lane) return;
      this.lanes.delete(name);
      void lane.worker.terminate();
    }, idleMs);
    lane.idleTimer.unref();
  }

  private statsOf(name: string): LaneStats {
    let stats = this.stats.get(name);
    if (!stats) {
      stats = { threadId: null, completed: 0, failed: 0, started: 0 };
      this.stats.set(name, stats);
    }
    return stats;
  }

  private lane(name: string): Lane {
    const existing = this.lanes.get(name);
    if (existing) return existing;
    const worker = new Worker(entry, {
      workerData: { tasksUrl: this.tasksUrl.href, exportName: this.exportName },
      execArgv: threadExecArgv(),
      name: `kraftsamling-${name}`,
    });
    // A thread must never keep the process alive on its own: the app closes its threads when it closes.
    worker.unref();
    const lane: Lane = { worker, pending: new Map(), threadId: worker.threadId, idleTimer: null };
    this.statsOf(name).threadId = worker.threadId;
    const fail = (error: Error) => {
      if (lane.idleTimer) clearTimeout(lane.idleTimer);
      if (this.lanes.get(name) === lane) this.lanes.delete(name);
      for (const pending of lane.pending.values()) pending.reject(error);
      lane.pending.clear();
    };
    worker.on('message', (response: TaskResponse) => {
      const pending = lane.pending.get(response.id);
      if (!pending) return;
      lane.pending.delete(response.id);
      this.whenIdle(name, lane);
      if (response.ok) pending.resolve(response.output);
      else {
        const error = new Error(response.error.message);
        error.name = response.error.name;
        error.stack = `${response.error.stack}\n    (in worker thread ${name})`;
        pending.reject(error);
      }
    });
    // A crash (an uncaught error, running out of memory) ends the thread: what it was doing fails (the job is
    // retried), and the next task starts a fresh thread whose caches fill again.
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`worker thread ${name} exited with code ${code}`)));
    this.lanes.set(name, lane);
    return lane;
  }
}
