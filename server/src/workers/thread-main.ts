import { parentPort, workerData } from 'node:worker_threads';
import type { TaskRequest, TaskResponse, TaskTable } from './threads';

// The message loop of a worker thread: it loads the task table it was started with and answers each request
// with the task's result or its error. Tasks of one thread run one after another (they are CPU work), so the
// thread's state (a cached engine index, say) is never seen half-updated.
const port = parentPort;
if (!port) throw new Error('thread-main runs inside a worker thread only');
const { tasksUrl, exportName } = workerData as { tasksUrl: string; exportName: string };
const table = (await import(tasksUrl))[exportName] as TaskTable;

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: TaskRequest) => {
  queue = queue.then(async () => {
    let response: TaskResponse;
    try {
      const task = table[request.task];
      if (!task) throw new Error(`no worker task named ${request.task}`);
      response = { id: request.id, ok: true, output: await task(request.input as never) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      response = {
        id: request.id,
        ok: false,
        error: { name: e.name, message: e.message, stack: e.stack ?? '' },
      };
    }
    try {
      port.postMessage(response);
    } catch (error) {
      // A result the structured clone cannot copy (a function, say) is this task's error: the caller's
      // promise must settle, and the queue must go on to the next task.
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({
        id: request.id,
        ok: false,
        error: {
          name: e.name,
          message: `the result of ${request.task} cannot be sent back: ${e.message}`,
          stack: e.stack ?? '',
        },
      } satisfies TaskResponse);
    }
  });
});
