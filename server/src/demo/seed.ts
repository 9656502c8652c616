import { readFile } from 'node:fs/promises';
import { type Db, listMobilisations } from '@kraftsamling/db';
import type { FastifyBaseLogger } from 'fastify';
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

const demoFile = new URL('./kraftsamling-psykisk-halsa.json', import.meta.url);

/** A newcomer's first start shows a living platform: the demo mobilisation with its 60 fictional profiles. */
export async function seedDemoIfEmpty(db: Db, log: FastifyBaseLogger): Promise<void> {
  if ((await listMobilisations(db)).length > 0) return;
  const file = parseProfileFile(await readFile(demoFile, 'utf8'), 'the demo profile file');
  const summary = await importProfiles(db, file, demoMobilisation);
  log.info({ ...summary }, 'created the demo mobilisation');
}
