import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, type DatabaseOptions, openDatabaseTarget } from '@kraftsamling/db';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createServerDatabase, testDatabaseKind } from '../support/database';
import {
  completeContent,
  createMobilisation,
  createOrganisation,
  draftOf,
  getProfile,
  mobilisationInput,
  organisationInput,
} from '../support/fixtures';
import { runCli } from '../support/process';

let t: TestApp;
let m: string;
let profileId: string;
let draftVersion: number;
beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  const org = await createOrganisation(t, m);
  profileId = org.profileId;
  draftVersion = draftOf(await getProfile(t, profileId)).version;
});
afterAll(async () => {
  await t.close();
});

type FileOrganisation = {
  id: string;
  name: string;
  type: string;
  county: string;
  municipality?: string;
  website?: string;
  answers: { goals: string; supportNeeded: unknown[]; supportOffered: unknown[] };
};

const goodOrganisation = (id: string): FileOrganisation => ({
  id,
  name: `Föreningen ${id}`,
  type: 'civilsamhalle',
  county: 'Västernorrlands län',
  municipality: 'Sundsvall',
  answers: {
    goals: 'Unga ska ha vuxna att prata med.',
    supportNeeded: ['Vi behöver hjälp att utvärdera våra insatser för unga.'],
    supportOffered: [{ text: 'Vi erbjuder lokaler på kvällstid.', themes: ['lokaler'] }],
  },
});
const goals = [{ id: 'G1', sv: 'Ett mer hälsofrämjande samhälle', en: '' }];

/** Each way a value gets in: the same bad value through the API (refused there) and in an import file. */
const cases: {
  name: string;
  api: () => InjectOptions;
  file: (org: FileOrganisation) => { goals: unknown[]; organisations: FileOrganisation[] };
  field: string;
}[] = [
  {
    name: 'a javascript: website',
    api: () => ({
      method: 'POST',
      url: `/api/mobilisations/${m}/organisations`,
      payload: organisationInput({ website: 'javascript:alert(document.cookie)' }),
    }),
    file: (org) => ({ goals, organisations: [{ ...org, website: 'javascript:alert(document.cookie)' }] }),
    field: 'website',
  },
  {
    name: 'a goal code with spaces and markup',
    api: () => ({
      method: 'POST',
      url: '/api/mobilisations',
      payload: mobilisationInput({ goals: [{ code: 'bad code <b>', sv: 'Ett mål', en: '' }] }),
    }),
    file: (org) => ({ goals: [{ id: 'bad code <b>', sv: 'Ett mål', en: '' }], organisations: [org] }),
    field: 'goals.0.id',
  },
  {
    name: 'a municipality outside the county',
    api: () => ({
      method: 'POST',
      url: `/api/mobilisations/${m}/organisations`,
      payload: organisationInput({ county: 'Skåne län', municipality: 'Sundsvall' }),
    }),
    file: (org) => ({ goals, organisations: [{ ...org, county: 'Skåne län' }] }),
    field: 'municipality',
  },
  {
    name: 'a target group that does not exist',
    api: () => {
      const content = completeContent();
      const need = content.needs[0];
      if (need) (need as { targetGroups: string[] }).targetGroups = ['nobody'];
      return {
        method: 'PUT',
        url: `/api/profiles/${profileId}/draft`,
        payload: { version: draftVersion, content },
      };
    },
    file: (org) => ({
      goals,
      organisations: [
        {
          ...org,
          answers: {
            ...org.answers,
            supportNeeded: [{ text: 'Vi behöver stöd.', targetGroups: ['nobody'] }],
          },
        },
      ],
    }),
    field: 'answers.supportNeeded.0.targetGroups.0',
  },
  {
    name: 'the same theme twice',
    api: () => {
      const content = completeContent();
      const offer = content.offers[0];
      if (offer) (offer as { themes: string[] }).themes = ['lokaler', 'lokaler'];
      return {
        method: 'PUT',
        url: `/api/profiles/${profileId}/draft`,
        payload: { version: draftVersion, content },
      };
    },
    file: (org) => ({
      goals,
      organisations: [
        {
          ...org,
          answers: { ...org.answers, supportOffered: [{ text: 'Lokaler.', themes: ['lokaler', 'lokaler'] }] },
        },
      ],
    }),
    field: 'answers.supportOffered.0.themes',
  },
];

describe('importing a profile file', () => {
  it.each(cases)(
    'refuses $name, as the API does, naming the row and field, and writes nothing',
    async (c) => {
      const api = await t.request(c.api());
      expect(api.statusCode, api.body).toBe(400);
      expect(api.json().error.code).toBe('VALIDATION_FAILED');

      const file = c.file(goodOrganisation('org-bad'));
      // The bad organisation comes second, so a half-done import would have stored the first.
      if (file.organisations.length === 1 && c.field !== 'goals.0.id')
        file.organisations.unshift(goodOrganisation('org-ok'));
      const text = JSON.stringify(file);
      const where = c.field.startsWith('goals.') ? c.field : `organisations.1 (org-bad).${c.field}`;
      expect(() => parseProfileFile(text, 'file.json')).toThrow(`  ${where}: `);
      const before = await t.app.db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const slug = `import-${cases.indexOf(c)}`;
      await expect(
        (async () => importProfiles(t.app.db, parseProfileFile(text, 'file.json'), { slug, name: slug }))(),
      ).rejects.toThrow('nothing was imported');
      const after = await t.app.db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    },
  );

  it('still imports a valid file, and what the file says is stored as the API would store it', async () => {
    const org = {
      ...goodOrganisation('org-fine'),
      website: 'https://ungpuls.example.se',
      orgNumber: '8024793518',
    };
    const file = parseProfileFile(JSON.stringify({ goals, organisations: [org] }), 'file.json');
    const summary = await importProfiles(t.app.db, file, { slug: 'import-fine', name: 'Fin' });
    expect(summary).toMatchObject({ created: 1 });
    const stored = await t.app.db
      .selectFrom('organisations')
      .select(['website', 'org_number'])
      .where('name', '=', org.name)
      .executeTakeFirstOrThrow();
    // The API stores organisationsnummer in one form; an import does too.
    expect(stored).toEqual({ website: 'https://ungpuls.example.se', org_number: '802479-3518' });
  });
});

describe('pnpm cli import', () => {
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  let options: DatabaseOptions;
  beforeAll(async () => {
    if (testDatabaseKind === 'postgres') {
      const db = await createServerDatabase();
      env = { DATABASE_URL: db.url };
      cleanup = db.drop;
      options = { databaseUrl: db.url };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-import-'));
      env = { DATA_DIR: dir, DATABASE_URL: '' };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
      options = { dataDir: dir };
    }
  });
  afterAll(async () => {
    await cleanup();
  });

  it('refuses a file with a javascript: website, exits non-zero, names the row and field, and writes nothing', async () => {
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-file-'));
    const path = join(dir, 'profiles.json');
    const bad = { ...goodOrganisation('org-bad'), website: 'javascript:alert(1)' };
    writeFileSync(path, JSON.stringify({ goals, organisations: [goodOrganisation('org-ok'), bad] }));
    const result = await runCli(['import', path, '--mobilisation', 'cli-bad'], env);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('organisations.1 (org-bad).website: Expected a web address');
    expect(result.stderr).toContain('nothing was imported');

    const { db, close } = connectDatabase(await openDatabaseTarget(options));
    try {
      expect(await db.selectFrom('organisations').select('id').execute()).toEqual([]);
      expect(await db.selectFrom('mobilisations').select('id').execute()).toEqual([]);
    } finally {
      await close();
    }
  });
});
