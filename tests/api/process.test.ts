import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JoinedOrganisation, Mobilisation, OrganisationList, Profile } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, testDatabaseKind } from '../support/database';
import { completeContent, mobilisationInput, organisationInput } from '../support/fixtures';
import { repoRoot, runCli, startServer, waitForExit } from '../support/process';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  if (testDatabaseKind === 'postgres') {
    const db = await createServerDatabase();
    env = { DATABASE_URL: db.url };
    cleanup = db.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-process-'));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(async () => {
  await cleanup();
});

async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('the server as a process', () => {
  it('keeps a submitted profile after the process is killed with SIGKILL and started again', async () => {
    const first = await startServer(env);
    const m = await call<Mobilisation>(first.url, 'POST', '/api/mobilisations', mobilisationInput());
    const joined = await call<JoinedOrganisation>(
      first.url,
      'POST',
      `/api/mobilisations/${m.id}/organisations`,
      organisationInput(),
    );
    const content = completeContent();
    const saved = await call<Profile>(first.url, 'PUT', `/api/profiles/${joined.profileId}/draft`, {
      version: 1,
      content,
    });
    await call<Profile>(first.url, 'POST', `/api/profiles/${joined.profileId}/submit`, {
      version: saved.draft.version,
    });
    // A draft typed after the submission must survive too.
    await call<Profile>(first.url, 'PUT', `/api/profiles/${joined.profileId}/draft`, {
      version: saved.draft.version,
      content: { ...content, goals: 'Ändrat efter inlämning' },
    });

    first.child.kill('SIGKILL');
    await waitForExit(first.child);

    const second = await startServer(env);
    try {
      const profile = await call<Profile>(second.url, 'GET', `/api/profiles/${joined.profileId}`);
      expect(profile.revisionCount).toBe(1);
      expect(profile.latest?.content.needs[0]?.text).toBe(content.needs[0]?.text);
      expect(profile.status).toBe('changed');
      expect(profile.draft.content.goals).toBe('Ändrat efter inlämning');
    } finally {
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    }
  });

  it.runIf(testDatabaseKind === 'embedded')(
    'refuses to open an embedded database another process holds, with a clear message',
    async () => {
      const holder = await startServer(env);
      try {
        const intruder = await runCli(['migrate'], env);
        expect(intruder.code).toBe(1);
        expect(intruder.stderr).toMatch(/in use by another process \(pid \d+\)/);
      } finally {
        holder.child.kill('SIGTERM');
        await waitForExit(holder.child);
      }
      const after = await runCli(['migrate'], env);
      expect(after.code).toBe(0);
    },
  );

  it('imports a profile file with the CLI, and a second import changes nothing', async () => {
    const file = join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json');
    const args = ['import', file, '--mobilisation', 'cli-import-test', '--name', 'CLI-import'];
    const first = await runCli(args, env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/60 new, 0 updated, 0 unchanged/);
    const second = await runCli(args, env);
    expect(second.stdout).toMatch(/0 new, 0 updated, 60 unchanged/);

    const server = await startServer(env);
    try {
      const { items } = await call<{ items: Mobilisation[] }>(server.url, 'GET', '/api/mobilisations');
      const imported = items.find((m) => m.slug === 'cli-import-test');
      expect(imported?.organisationCount).toBe(60);
      const list = await call<OrganisationList>(
        server.url,
        'GET',
        `/api/mobilisations/${imported?.id}/organisations?status=submitted`,
      );
      expect(list.total).toBe(60);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
  });

  it('reports a missing or invalid import file clearly and exits non-zero', async () => {
    const missing = await runCli(['import', '/nonexistent/file.json'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read \/nonexistent\/file.json: no such file/);
  });
});
