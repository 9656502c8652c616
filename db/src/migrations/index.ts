import type { Migration } from 'kysely/migration';
import * as initial from './20261125T0900-initial';

/** Listed by hand rather than read from disk, so migrations work the same under tsx, vitest and bundlers. */
export const migrations: Record<string, Migration> = {
  '20261125T0900-initial': initial,
};
