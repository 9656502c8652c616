import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { claimJob, completeJob, getJob, hasPendingJobs, staleSearchTexts } from '@kraftsamling/db';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import type { MapDocument, ProfileMatches } from '@kraftsamling/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabaseKind } from '../support/database';
import { createMobilisation, createOrganisation, submitCompleteProfile } from '../support/fixtures';
import { repoRoot } from '../support/process';

const opened: TestApp[] = [];
afterEach(async () => {
  // The second instance first: the first one drops the shared database.
  for (const t of opened.reverse()) await t.close();
  opened.length = 0;
});
const open = async (...args: Parameters<typeof createTestApp>) => {
  const t = await createTestApp(...args);
  opened.push(t);
  return t;
};

/** Waits for a condition the background loop brings about (no timing is asserted: only that it happens). */
async function eventually(condition: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 45_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A job kind whose runs the test holds open, to see what runs beside them. */
function gatedJobs(t: TestApp, name: string, log: string[]) {
  const gates = new Map<string, () => void>();
  t.app.jobs.handle('gated', async (job) => {
    const { label } = job.payload as { label: string };
    log.push(`${name} starts ${label}`);
    await new Promise<void>((resolve) => gates.set(label, resolve));
    log.push(`${name} ends ${label}`);
  });
  return gates;
}

describe('background jobs', () => {
  it('start when the transaction that queued them commits, without waiting for a poll', async () => {
    // No poll within the test: only the notification sent on commit can start the job.
    const t = await open({ jobs: { autoStart: true, pollMs: 3_600_000 } });
    const m = await createMobilisation(t);
    const a = await createOrganisation(t, m.id);
    await submitCompleteProfile(t, a.profileId);
    await eventually(async () => {
      const res = await t.request({ method: 'GET', url: `/api/profiles/${a.profileId}/matches` });
      return !res.json<ProfileMatches>().pending;
    }, 'the submitted profile was re-matched');
  });

  it('run one at a time per lock key, on every instance, and the next one when the first ends', async () => {
    // On the server two instances share the queue; the embedded database has one instance with room for more.
    const first = await open({ jobs: { autoStart: true, pollMs: 20, concurrency: 4 } });
    const second =
      testDatabaseKind === 'postgres'
        ? await open({ sameDatabaseAs: first, jobs: { autoStart: true, pollMs: 20, concurrency: 4 } })
        : null;
    const log: string[] = [];
    const gates = [first, second].flatMap((t, i) => (t ? [gatedJobs(t, `instance ${i + 1}`, log)] : []));
    const release = (label: string) => {
      for (const g of gates) g.get(label)?.();
    };
    const one = await first.app.jobs.enqueue({ kind: 'gated', payload: { label: 'one' }, lockKey: 'k' });
    await eventually(async () => log.length === 1, 'the first job started');
    const two = await first.app.jobs.enqueue({ kind: 'gated', payload: { label: 'two' }, lockKey: 'k' });
    const other = await first.app.jobs.enqueue({ kind: 'gated', payload: { label: 'other' }, lockKey: 'x' });
    // A job of another key runs beside it; the one of the same key waits, and no instance can take it.
    await eventually(async () => log.some((l) => l.endsWith('starts other')), 'the other key ran');
    expect(await claimJob(first.app.db, 'probe', ['gated'], 30)).toBeUndefined();
    expect((await getJob(first.app.db, two))?.status).toBe('queued');
    expect(log.filter((l) => l.includes('starts'))).toHaveLength(2);

    release('one');
    release('other');
    await eventually(async () => log.some((l) => l.endsWith('starts two')), 'the second job started');
    release('two');
    await eventually(async () => (await getJob(first.app.db, two))?.status === 'done', 'all done');
    expect((await getJob(first.app.db, one))?.status).toBe('done');
    expect((await getJob(first.app.db, other))?.status).toBe('done');
    const order = log
      .filter((l) => l.endsWith(' one') || l.endsWith(' two'))
      .map((l) => l.split(' ').slice(2));
    expect(order).toEqual([
      ['starts', 'one'],
      ['ends', 'one'],
      ['starts', 'two'],
      ['ends', 'two'],
    ]);
  });

  it('keep taking work after looking for it while every slot was busy', async () => {
    // One slot, polled often: while the first job holds it the loop looks (by poll and by the notification of
    // the second job) and finds no room, many times. When the slot frees, the second job must still be taken.
    const t = await open({ jobs: { autoStart: true, pollMs: 20, concurrency: 1 } });
    const log: string[] = [];
    const gates = gatedJobs(t, 'instance', log);
    const first = await t.app.jobs.enqueue({ kind: 'gated', payload: { label: 'first' } });
    await eventually(async () => log.length === 1, 'the first job started');
    const second = await t.app.jobs.enqueue({ kind: 'gated', payload: { label: 'second' } });
    await new Promise((r) => setTimeout(r, 300));
    expect((await getJob(t.app.db, second))?.status).toBe('queued');

    gates.get('first')?.();
    await eventually(async () => log.some((l) => l.endsWith('starts second')), 'the second job started');
    gates.get('second')?.();
    await eventually(async () => (await getJob(t.app.db, second))?.status === 'done', 'the second job ended');
    expect((await getJob(t.app.db, first))?.status).toBe('done');
  });

  it('end a drain under way when the instance closes, leaving the unfinished job for the next one', async () => {
    const t = await createTestApp({ jobs: { autoStart: false, concurrency: 1 } });
    let started = false;
    // A job that runs until the instance shuts down, as a long one does: closing releases it to the queue.
    t.app.jobs.handle('held', async (job) => {
      started = true;
      await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
      job.signal.throwIfAborted();
    });
    await t.app.jobs.enqueue({ kind: 'held', payload: {} });
    const drained = t.app.jobs.drain();
    await eventually(async () => started, 'the job started');
    // The released job is waiting again; a drain that went on looking for it would keep the close waiting.
    const settled = await Promise.race([
      Promise.all([t.close(), drained]).then(() => 'settled'),
      new Promise((r) => setTimeout(() => r('still waiting'), 20_000)),
    ]);
    expect(settled).toBe('settled');
  });

  it('close while a job is releasing its lease, on the embedded database too', async () => {
    // Closing stops the loop's LISTEN while the aborted jobs give their leases back: both reach the database
    // at once. Several jobs make the overlap likely; the close must end, and the process stay responsive.
    const t = await createTestApp({ jobs: { autoStart: true, pollMs: 20, concurrency: 4 } });
    let started = 0;
    t.app.jobs.handle('held', async (job) => {
      started++;
      await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
      job.signal.throwIfAborted();
    });
    for (let i = 0; i < 4; i++) await t.app.jobs.enqueue({ kind: 'held', payload: { i } });
    await eventually(async () => started === 4, 'the jobs started');
    const settled = await Promise.race([
      t.close().then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still closing'), 20_000)),
    ]);
    expect(settled).toBe('closed');
  });

  it('pause reading texts for search while a whole re-match of their mobilisation runs, and read them after', async () => {
    const t = await open();
    const m = await createMobilisation(t);
    const a = await createOrganisation(t, m.id);
    await submitCompleteProfile(t, a.profileId);
    const read = await t.app.workers.run('search.version', { mobilisationId: m.id, fingerprint: null });
    if ('needField' in read) throw new Error('the template reads without a field');
    const unread = async () => (await staleSearchTexts(t.app.db, m.id, read.version, 1000)).length;
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    // A whole run that another instance is working on.
    const runId = await t.app.matching.rematchMobilisation(m.id);
    expect((await claimJob(t.app.db, 'another-instance', ['match-mobilisation'], 60))?.id).toBe(runId);
    await t.app.searchIndex.refresh(m.id);
    const reading = async () =>
      (
        await t.app.db
          .selectFrom('jobs')
          .select('status')
          .where('kind', '=', 'search-index')
          .orderBy('created_at')
          .executeTakeFirst()
      )?.status;
    // The drain goes on until the submission's re-match, held back by the run's lock, has run too.
    void t.app.jobs.drain();
    await eventually(async () => (await reading()) === 'running', 'the search job started');
    await new Promise((r) => setTimeout(r, 600));
    expect(await unread()).toBe(before);
    await completeJob(t.app.db, runId, 'another-instance');
    await eventually(async () => (await reading()) === 'done', 'the search job ended');
    expect(await unread()).toBe(0);
  }, 120_000);

  it('absorb a request for a map layout into the one still waiting', async () => {
    const t = await open();
    const m = await createMobilisation(t);
    for (let i = 0; i < 5; i++) await t.app.collaborationMap.refresh(m.id);
    const waiting = await t.app.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'map-layout')
      .where('status', '=', 'queued')
      .execute();
    expect(waiting).toHaveLength(1);
  });

  it.skipIf(testDatabaseKind !== 'postgres')(
    'lay out one mobilisation’s map on two instances without running two layouts at once',
    async () => {
      const first = await open({ jobs: { autoStart: true, pollMs: 20, concurrency: 4 } });
      const second = await open({
        sameDatabaseAs: first,
        jobs: { autoStart: true, pollMs: 20, concurrency: 4 },
      });
      const file = parseProfileFile(
        await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8'),
        'demo',
      );
      const m = (await importProfiles(first.app.db, file, { slug: 'tva', name: 'Två' })).mobilisationId;
      await first.app.matching.rematchMobilisation(m);
      // Requests keep coming from both instances while layouts run (decisions, interests, re-matches do this).
      for (let i = 0; i < 12; i++) {
        await (i % 2 === 0 ? first : second).app.collaborationMap.refresh(m);
        await new Promise((r) => setTimeout(r, 40));
      }
      await eventually(
        async () => !(await hasPendingJobs(first.app.db, ['map-layout', 'match-mobilisation'])),
        'idle',
      );
      const jobs = await first.app.db
        .selectFrom('jobs')
        .select(['kind', 'status', 'error', 'attempts', 'locked_by'])
        .where('kind', '=', 'map-layout')
        .execute();
      expect(jobs.length).toBeGreaterThan(1);
      expect(jobs.filter((j) => j.status !== 'done' || j.error !== null)).toEqual([]);
      expect(jobs.every((j) => j.attempts === 1)).toBe(true);
      const map = await first.request({ method: 'GET', url: `/api/mobilisations/${m}/map` });
      expect(map.json<MapDocument>().nodes).toHaveLength(60);
    },
  );
});
