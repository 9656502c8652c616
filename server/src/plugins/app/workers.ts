import fp from 'fastify-plugin';
import type { ServerTasks } from '../../workers/tasks';
import { WorkerThreads } from '../../workers/threads';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    /** Runs CPU-heavy work (matching, map layout) in worker threads, off the event loop that serves requests. */
    workers: WorkerThreads<ServerTasks>;
  }
}

export default fp(
  async (app) => {
    const workers = new WorkerThreads<ServerTasks>(
      new URL('../../workers/tasks.ts', import.meta.url),
      'tasks',
      // The map lane keeps nothing between layouts but its grown heap (340 MB after a layout of 10,000
      // organisations) and the engine's vocabularies, compiled again in a second or two: its thread ends a
      // minute after the last layout. The matching lane keeps each mobilisation's engine index between jobs,
      // and the search lane the readers every query needs at once: they stay.
      { map: { idleMs: 60_000 } },
    );
    app.decorate('workers', workers);
    app.addHook('onClose', async () => {
      await workers.close();
    });
  },
  { name: 'workers' },
);
