import { type RawBuilder, sql } from 'kysely';

/**
 * A timestamp as JSON writes it from JavaScript (`Date.prototype.toISOString`: UTC, milliseconds, `Z`), for
 * answers the database writes as JSON text (decision 047). Both truncate the microseconds.
 */
export const isoTimestamp = (value: RawBuilder<unknown>) =>
  sql<string>`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
