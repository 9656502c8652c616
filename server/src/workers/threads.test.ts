import { afterEach, describe, expect, it } from 'vitest';
import { WorkerThreads } from './threads';
import type { fixtureTasks } from './threads.fixture';

let threads: WorkerThreads<typeof fixtureTasks>;
afterEach(async () => {
  await threads.close();
});
const open = (lanes: ConstructorParameters<typeof WorkerThreads>[2] = {}) => {
  threads = new WorkerThreads<typeof fixtureTasks>(
    new URL('./threads.fixture.ts', import.meta.url),
    'fixtureTasks',
    lanes,
  );
  return threads;
};

describe('worker threads', () => {
  it('runs a task in a thread of its lane, not in the calling thread', async () => {
    const t = open();
    const first = await t.run('first.where', undefined);
    const again = await t.run('first.where', undefined);
    const second = await t.run('second.where', undefined);
    expect(first.threadId).not.toBe(t.mainThreadId);
    expect(again.threadId).toBe(first.threadId);
    // The lane keeps its state between tasks.
    expect(again.calls).toBe(2);
    expect(second.threadId).not.toBe(first.threadId);
    expect(second.threadId).not.toBe(t.mainThreadId);
    expect(await t.run('first.add', { a: 2, b: 40 })).toBe(42);
    expect(t.report().first).toMatchObject({ threadId: first.threadId, completed: 3, failed: 0 });
  });

  it('rejects with the error a task throws, and the lane goes on working', async () => {
    const t = open();
    await expect(t.run('first.fail', undefined)).rejects.toThrow('told to fail');
    expect(await t.run('first.add', { a: 1, b: 1 })).toBe(2);
  });

  it('rejects when a task’s result cannot be sent back, and the lane goes on working', async () => {
    const t = open();
    await expect(t.run('first.unsendable', undefined)).rejects.toThrow(/cannot be sent back/);
    expect(await t.run('first.add', { a: 1, b: 1 })).toBe(2);
  });

  it('rejects input that cannot be sent to the thread, and counts it as failed', async () => {
    const t = open();
    await expect(t.run('first.echo', { callback: () => 1 })).rejects.toThrow(/could not be cloned/);
    expect(await t.run('first.echo', { a: 1 })).toEqual({ a: 1 });
    expect(t.report().first).toMatchObject({ completed: 1, failed: 1 });
  });

  it('fails what a crashed thread was doing and starts a fresh thread for the next task', async () => {
    const t = open();
    const before = await t.run('first.where', undefined);
    await expect(t.run('first.crash', undefined)).rejects.toThrow(/exited with code 3/);
    const after = await t.run('first.where', undefined);
    expect(after.threadId).not.toBe(before.threadId);
    // A fresh thread starts with fresh state.
    expect(after.calls).toBe(1);
  });

  it('ends an idle lane’s thread after its idle time and starts a fresh one for the next task', async () => {
    const t = open({ first: { idleMs: 200 } });
    const before = await t.run('first.where', undefined);
    // Tasks within the idle time keep the thread, and each task starts the countdown again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const kept = await t.run('first.where', undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await t.run('first.where', undefined)).threadId).toBe(before.threadId);
    expect(kept.calls).toBe(2);
    // A lane without an idle time keeps its thread.
    const second = await t.run('second.where', undefined);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const after = await t.run('first.where', undefined);
    expect(after.threadId).not.toBe(before.threadId);
    expect(after.calls).toBe(1);
    expect((await t.run('second.where', undefined)).threadId).toBe(second.threadId);
  });

  it('refuses work once closed', async () => {
    const t = open();
    await t.close();
    await expect(t.run('first.add', { a: 1, b: 2 })).rejects.toThrow(/closed/);
  });
});
