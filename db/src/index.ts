export * from './connection';
export * from './kysely';
export * from './migrate';
export * from './queries/fingerprint';
export * from './queries/health';
export * from './queries/mobilisations';
export * from './queries/organisations';
export * from './queries/profiles';
export type * from './schema';
