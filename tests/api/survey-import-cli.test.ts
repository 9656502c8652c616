import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation } from '../support/fixtures';
import { repoRoot } from '../support/process';

const run = promisify(execFile);
const fixture = join(repoRoot, 'tests/fixtures/imports/svar-med-fel.csv');

// The CLI opens the database itself: on the server it shares the test's database; the embedded one is held
// by the test app's process (one process per data directory), so this runs on the server only.
describe.runIf(process.env.TEST_DATABASE === 'postgres')('pnpm cli import of a survey export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', 'import', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: t.databaseUrl ?? '', LOG_LEVEL: 'silent' },
    });

  it('prints the proposed mapping, the counts and each row problem on a dry run, and writes nothing', async () => {
    const m = await createMobilisation(t);
    const { stdout } = await cli([fixture, '--mobilisation', m.slug, '--dry-run']);
    expect(stdout).toContain('The proposed mapping');
    expect(stdout).toContain(
      '"header": "Vad skulle ni behöva stöd eller hjälp med?",\n      "field": "needs"',
    );
    expect(stdout).toContain('5 rows: 1 new, 0 updated, 0 unchanged, 4 with errors.');
    expect(stdout).toContain('row 4, column "Län": Unknown county: "Atlantis län".');
    expect(stdout).toContain('Dry run: nothing was written.');
    const profiles = await t.app.db
      .selectFrom('profiles')
      .select('id')
      .where('mobilisation_id', '=', m.id)
      .execute();
    expect(profiles).toEqual([]);
  });

  it('refuses a file with errors unless told to skip them, then imports the rest', async () => {
    const m = await createMobilisation(t);
    const refused = await cli([fixture, '--mobilisation', m.slug]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('4 of 5 rows have errors');
    const { stdout } = await cli([fixture, '--mobilisation', m.slug, '--skip-errors']);
    expect(stdout).toContain('1 new, 0 updated, 0 unchanged, 4 rows skipped; a re-match is queued.');
  });
});
