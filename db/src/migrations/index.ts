import type { Migration } from 'kysely/migration';
import * as initial from './20261125T0900-initial';
import * as jobsAndMatches from './20261125T1100-jobs-and-matches';
import * as accounts from './20261125T1300-accounts';
import * as initiatives from './20261125T1500-initiatives';
import * as mapAndSearch from './20261125T1700-map-and-search';

/** Listed by hand rather than read from disk, so migrations work the same under tsx, vitest and bundlers. */
export const migrations: Record<string, Migration> = {
  '20261125T0900-initial': initial,
  '20261125T1100-jobs-and-matches': jobsAndMatches,
  '20261125T1300-accounts': accounts,
  '20261125T1500-initiatives': initiatives,
  '20261125T1700-map-and-search': mapAndSearch,
};
