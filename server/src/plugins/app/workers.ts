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
    const workers = new WorkerThreads<ServerTasks>(new URL('../../workers/tasks.ts', import.meta.url));
    app.decorate('workers', workers);
    app.addHook('onClose', async () => {
      await workers.close();
    });
  },
  { name: 'workers' },
);
