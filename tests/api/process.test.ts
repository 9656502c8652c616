import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JoinedOrganisation, Mobilisation, OrganisationList, Profile } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, testDatabaseKind } from '../support/database';
import { completeContent, draftOf, mobilisationInput, organisationInput } from '../support/fixtures';
import {
  call,
  completeReset,
  createAdminLink,
  type HttpActor,
  repoRoot,
  runCli,
  signIn,
  startServer,
  waitForExit,
} from '../support/process';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
let adminToken: string;
let admin: HttpActor | null = null;
const adminPassword = 'a long admin password';

/** The first server start completes the administrator's password; later starts sign in. */
async function adminOn(baseUrl: string): Promise<HttpActor> {
  admin = admin
    ? await signIn(baseUrl, 'admin@example.se', adminPassword)
    : await completeReset(baseUrl, adminToken, adminPassword);
  return admin;
}

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
  adminToken = await createAdminLink(env);
});
afterAll(async () => {
  await cleanup();
});

describe('the server as a process', () => {
  it('keeps a submitted profile after the process is killed with SIGKILL and started again', async () => {
    const first = await startServer(env);
    const actor = await adminOn(first.url);
    const m = await call<Mobilisation>(first.url, 'POST', '/api/mobilisations', mobilisationInput(), actor);
    const joined = await call<JoinedOrganisation>(
      first.url,
      'POST',
      `/api/mobilisations/${m.id}/organisations`,
      organisationInput(),
      actor,
    );
    const content = completeContent();
    const path = `/api/profiles/${joined.profileId}`;
    const saved = draftOf(
      await call<Profile>(first.url, 'PUT', `${path}/draft`, { version: 1, content }, actor),
    );
    await call<Profile>(first.url, 'POST', `${path}/submit`, { version: saved.version }, actor);
    // A draft typed after the submission must survive too.
    const edited = { ...content, goals: 'Ändrat efter inlämning' };
    await call<Profile>(
      first.url,
      'PUT',
      `${path}/draft`,
      { version: saved.version, content: edited },
      actor,
    );

    first.child.kill('SIGKILL');
    await waitForExit(first.child);

    const second = await startServer(env);
    try {
      // The session survives the restart too: it lives in the database, not in the process.
      const profile = await call<Profile>(second.url, 'GET', path, undefined, actor);
      expect(profile.revisionCount).toBe(1);
      expect(profile.latest?.content.needs[0]?.text).toBe(content.needs[0]?.text);
      expect(profile.status).toBe('changed');
      expect(draftOf(profile).content.goals).toBe('Ändrat efter inlämning');
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
      const actor = await adminOn(server.url);
      const { items } = await call<{ items: Mobilisation[] }>(
        server.url,
        'GET',
        '/api/mobilisations',
        undefined,
        actor,
      );
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
    // Three processes, the first creating an embedded database (PGlite's initdb alone takes about 11 s here,
    // several times that on a machine busy with other work).
  }, 360_000);

  it('reports a missing or invalid import file clearly and exits non-zero', async () => {
    const missing = await runCli(['import', '/nonexistent/file.json'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read \/nonexistent\/file.json: no such file/);
  });
});
