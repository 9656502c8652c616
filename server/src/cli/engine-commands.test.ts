import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profilesFileSchema } from './profiles-file';

// The contract commands run as a person runs them: a separate process, JSON on stdout, usage on stderr.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const demoFile = join(root, 'server/src/demo/kraftsamling-psykisk-halsa.json');

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    ),
  );
}

type Match = {
  need: { org: string; index: number };
  offer: { org: string; index: number };
  score: number;
  suggested: boolean;
  reasons: string[];
};

const profiles = profilesFileSchema.parse(JSON.parse(readFileSync(demoFile, 'utf8')));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kraftsamling-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pnpm cli match', { timeout: 30_000 }, () => {
  it('prints, for every need, its best N offers of other organisations, best first, explained', async () => {
    const { code, stdout, stderr } = await cli(['match', demoFile, '--top', '3']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { matches } = JSON.parse(stdout) as { matches: Match[] };

    const byNeed = new Map<string, Match[]>();
    for (const match of matches) {
      const key = `${match.need.org}#${match.need.index}`;
      byNeed.set(key, [...(byNeed.get(key) ?? []), match]);
    }
    const needs = profiles.organisations.flatMap((org) =>
      org.answers.supportNeeded.map((_, index) => `${org.id}#${index}`),
    );
    // Every listed need exists, and no need has more than N offers.
    for (const key of byNeed.keys()) expect(needs).toContain(key);
    expect(byNeed.size).toBeGreaterThan(needs.length / 2);

    const offersOf = new Map(profiles.organisations.map((o) => [o.id, o.answers.supportOffered.length]));
    for (const list of byNeed.values()) {
      expect(list.length).toBeLessThanOrEqual(3);
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(list[i]?.score ?? 0);
      for (const match of list) {
        expect(match.offer.org).not.toBe(match.need.org);
        expect(match.offer.index).toBeLessThan(offersOf.get(match.offer.org) ?? 0);
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
        if (match.suggested) expect(match.reasons.length).toBeGreaterThan(0);
      }
    }
    expect(matches.some((m) => m.suggested)).toBe(true);
  });

  it('gives its reasons in English when asked', async () => {
    const { code, stdout } = await cli(['match', demoFile, '--top', '1', '--lang', 'en']);
    expect(code).toBe(0);
    const { matches } = JSON.parse(stdout) as { matches: Match[] };
    const reasons = matches.flatMap((m) => m.reasons).join('\n');
    expect(reasons).toMatch(/\bboth concern\b/);
  });

  // Eight processes, each starting Node and tsx: allow for a loaded CI machine.
  it('explains a usage mistake on stderr, prints nothing on stdout, and exits with 2', {
    timeout: 60_000,
  }, async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"organisations": [');
    const wrongShape = join(dir, 'wrong.json');
    writeFileSync(wrongShape, JSON.stringify({ organisations: [{ id: 'a', answers: {} }] }));
    const cases: [string[], RegExp][] = [
      [['match'], /missing <profiles\.json>/],
      [['match', demoFile, '--top', '0'], /--top needs a whole number/],
      [['match', demoFile, '--colour'], /Unknown option '--colour'/],
      [['match', demoFile, 'extra.json'], /unexpected argument extra\.json/],
      [['match', join(dir, 'missing.json')], /no such file/],
      [['match', notJson], /is not valid JSON/],
      [['match', wrongShape], /at organisations\.0\.answers\.supportNeeded/],
      [['link-goals', demoFile, '--lang', 'de'], /--lang must be sv or en/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const result = results[i] ?? { code: null, stdout: '', stderr: '' };
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/usage: pnpm cli/);
    }
  });
});

describe('pnpm cli link-goals', { timeout: 30_000 }, () => {
  it('prints one entry per current project with the overall goal it serves best', async () => {
    const { code, stdout, stderr } = await cli(['link-goals', demoFile]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { projects } = JSON.parse(stdout) as {
      projects: { org: string; index: number; goal: string; score: number; reasons: string[] }[];
    };
    const expected = profiles.organisations.flatMap((org) =>
      (org.answers.currentProjects ?? []).map((_, index) => `${org.id}#${index}`),
    );
    expect(projects.map((p) => `${p.org}#${p.index}`).sort()).toEqual([...expected].sort());
    const goalIds = (profiles.goals ?? []).map((g) => g.id);
    for (const project of projects) expect(goalIds).toContain(project.goal);
  });
});
