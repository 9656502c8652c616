import { readFile } from 'node:fs/promises';
import {
  addMembership,
  type Db,
  findProfileByExternalId,
  findUserByEmail,
  insertUser,
  listMobilisations,
  lockUntilCommit,
  withTransaction,
} from '@kraftsamling/db';
import type { Role } from '@kraftsamling/shared';
import type { FastifyBaseLogger } from 'fastify';
import { hashPassword } from '../auth/passwords';
import { importProfiles } from '../imports/import-profiles';
import { parseProfileFile } from '../imports/profile-file';

export const demoMobilisation = {
  slug: 'kraftsamling-psykisk-halsa',
  name: 'Kraftsamling för psykisk hälsa',
  description:
    'En fiktiv demonstration av en tvärsektoriell kraftsamling: kommuner, regioner, myndigheter, civilsamhälle, ' +
    'näringsliv och akademi som tillsammans arbetar för psykisk hälsa. Alla organisationer och texter är påhittade.',
  periodStart: '2019-01',
  periodEnd: '2030-12',
};

/**
 * Demo accounts, documented in the README. They exist only in the demo mobilisation that a fresh database
 * gets; a real deployment creates its administrator with `pnpm cli create-admin`.
 */
export const demoAccounts: {
  email: string;
  name: string;
  password: string;
  role: Role | 'platform-admin';
  organisation?: string;
}[] = [
  {
    email: 'admin@demo.kraftsamling.se',
    name: 'Demo Administratör',
    password: 'demo-admin-2026',
    role: 'platform-admin',
  },
  {
    email: 'samordnare@demo.kraftsamling.se',
    name: 'Demo Samordnare',
    password: 'demo-samordnare',
    role: 'coordinator',
  },
  {
    email: 'medlem@demo.kraftsamling.se',
    name: 'Demo Medlem',
    password: 'demo-medlem-2026',
    role: 'member',
    organisation: 'org-d001',
  },
  {
    email: 'deltagare@demo.kraftsamling.se',
    name: 'Demo Deltagare',
    password: 'demo-deltagare',
    role: 'participant',
  },
];

const demoFile = new URL('./kraftsamling-psykisk-halsa.json', import.meta.url);

/**
 * A newcomer's first start shows a living platform: the demo mobilisation with its 60 fictional profiles.
 * Returns the new mobilisation's id (null when the database already had data).
 */
export async function seedDemoIfEmpty(db: Db, log: FastifyBaseLogger): Promise<string | null> {
  if ((await listMobilisations(db)).length > 0) return null;
  const file = parseProfileFile(await readFile(demoFile, 'utf8'), 'the demo profile file');
  const hashes = await Promise.all(demoAccounts.map((a) => hashPassword(a.password)));
  const summary = await withTransaction(db, async (trx) => {
    // Instances started together on an empty database all get here: the first seeds under the lock, the
    // others wait for it and then find the database no longer empty.
    await lockUntilCommit(trx, 'kraftsamling:seed-demo');
    if ((await listMobilisations(trx)).length > 0) return null;
    const imported = await importProfiles(trx, file, demoMobilisation);
    for (const [i, account] of demoAccounts.entries()) {
      const user =
        (await findUserByEmail(trx, account.email)) ??
        (await insertUser(trx, {
          email: account.email,
          name: account.name,
          passwordHash: hashes[i] ?? null,
          platformAdmin: account.role === 'platform-admin',
        }));
      if (account.role === 'platform-admin') continue;
      const organisationId = account.organisation
        ? ((await findProfileByExternalId(trx, imported.mobilisationId, account.organisation))
            ?.organisationId ?? null)
        : null;
      await addMembership(trx, {
        userId: user.id,
        mobilisationId: imported.mobilisationId,
        role: account.role,
        organisationId,
      });
    }
    return imported;
  });
  if (!summary) return null;
  log.info({ ...summary }, 'created the demo mobilisation and its demo accounts');
  return summary.mobilisationId;
}
