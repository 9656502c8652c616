import { threadId } from 'node:worker_threads';

// Tasks for threads.test.ts: they show where they run and how they end.
let calls = 0;
export const fixtureTasks = {
  'first.where': () => ({ threadId, calls: ++calls }),
  'first.add': (input: { a: number; b: number }) => input.a + input.b,
  'first.echo': (input: unknown) => input,
  'first.fail': () => {
    throw new RangeError('told to fail');
  },
  'first.unsendable': () => ({ callback: () => 1 }),
  // In a worker thread, process.exit ends the thread only.
  'first.crash': () => process.exit(3),
  'second.where': async () => ({ threadId, calls: ++calls }),
};
