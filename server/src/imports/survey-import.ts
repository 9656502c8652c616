import {
  addContacts,
  addImportedProfiles,
  createImportedOrganisations,
  type Db,
  enqueueJob,
  findImportedOrganisations,
  getImportMapping,
  getOrganisations,
  getProfileDrafts,
  type ImportMatch,
  listContactsOf,
  saveDrafts,
  submitProfiles,
  updateOrganisations,
  withTransaction,
} from '@kraftsamling/db';
import type {
  ImportCounts,
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportProfilePreview,
  ImportRowStatus,
  Organisation,
  ProfileContent,
  SectorId,
} from '@kraftsamling/shared';
import { matchJobs } from '../plugins/app/matching';
import { mappingForHeaders, mapsAnOrganisation, normaliseHeader } from './column-mapping';
import { fileError } from './file-errors';
import { nameBasedUuid } from './import-profiles';
import { oneLine, projectLine } from './profile-export';
import { type ReadSheet, readSpreadsheet } from './spreadsheet';
import { blocksRow, problem, readSurveyRows, type SurveyRow } from './survey-rows';

export type SurveyInput = {
  name: string;
  bytes: Uint8Array;
  sheet?: string | undefined;
  mapping?: ImportMapping | undefined;
  defaultSector?: SectorId | undefined;
  asDrafts: boolean;
};

export type PreparedSurvey = {
  table: ReadSheet;
  mapping: ImportMapping;
  mappingSource: 'given' | 'saved' | 'proposed';
  rows: SurveyRow[];
  asDrafts: boolean;
};

/** Reads the file, settles the mapping (given, else the mobilisation's saved one, else proposed) and checks every row. */
export async function prepareSurvey(
  db: Db,
  mobilisationId: string,
  input: SurveyInput,
): Promise<PreparedSurvey> {
  const table = await readSpreadsheet(input.name, input.bytes, input.sheet);
  let mapping: ImportMapping;
  let mappingSource: PreparedSurvey['mappingSource'];
  if (input.mapping) {
    const fits =
      input.mapping.columns.length === table.headers.length &&
      input.mapping.columns.every(
        (c, i) => normaliseHeader(c.header) === normaliseHeader(table.headers[i] ?? ''),
      );
    if (!fits) {
      throw fileError('mapping_does_not_fit');
    }
    mapping = input.mapping;
    mappingSource = 'given';
  } else {
    const settled = mappingForHeaders(table.headers, await getImportMapping(db, mobilisationId));
    mapping = settled.mapping;
    mappingSource = settled.source;
  }
  const rows = mapsAnOrganisation(mapping)
    ? readSurveyRows(table.rows, mapping, { defaultSector: input.defaultSector, asDrafts: input.asDrafts })
    : [];
  return { table, mapping, mappingSource, rows, asDrafts: input.asDrafts };
}

type Item = ProfileContent['needs'][number];

/**
 * Items for one list from the file's texts. A current item whose text the file still has (as the profile
 * export writes it) stays as it is — id, target groups, and its own themes unless the file's tags changed — so
 * an exported sheet imported back changes nothing; a new text gets an id from its text and occurrence.
 */
function itemsFor(
  profileId: string,
  kind: 'need' | 'offer',
  texts: string[],
  current: Item[],
  tags: string[],
  replaceThemes: boolean,
): Item[] {
  const unused = [...current];
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const index = unused.findIndex((item) => oneLine(item.text) === oneLine(text));
    if (index >= 0) {
      const [kept] = unused.splice(index, 1) as [Item];
      return replaceThemes ? { ...kept, themes: tags } : kept;
    }
    const occurrence = (seen.get(text) ?? 0) + 1;
    seen.set(text, occurrence);
    return {
      id: nameBasedUuid(`${profileId}/import/${kind}/${text}/${occurrence}`),
      text,
      themes: tags,
      targetGroups: [],
      // Survey answers carry no kind tags; organisations choose them in the form.
      supportKind: null,
    };
  });
}

const sameSet = (a: string[], b: string[]) => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
};

/** The profile after the import: the file's answers for the points it maps, the current ones for the rest. */
function contentFor(
  profileId: string,
  row: SurveyRow,
  mapped: Set<ImportField>,
  current: ProfileContent,
): ProfileContent {
  const currentTags = [...current.needs, ...current.offers].flatMap((item) => item.themes);
  // Tags are per row in a sheet: items keep their own themes while the row's tags are the ones they have.
  const replaceThemes = mapped.has('tags') && !sameSet(row.content.tags, currentTags);
  const unusedProjects = [...current.projects];
  const seen = new Map<string, number>();
  return {
    goals: mapped.has('goals') ? row.content.goals : current.goals,
    projects: mapped.has('projects')
      ? row.content.projects.map((p) => {
          const index = unusedProjects.findIndex((c) => projectLine(c) === oneLine(p.line));
          if (index >= 0) return unusedProjects.splice(index, 1)[0] as ProfileContent['projects'][number];
          const occurrence = (seen.get(p.line) ?? 0) + 1;
          seen.set(p.line, occurrence);
          return {
            id: nameBasedUuid(`${profileId}/import/project/${p.line}/${occurrence}`),
            title: p.title,
            description: p.description,
            period: { start: null, end: null },
            goals: [],
          };
        })
      : current.projects,
    needs: mapped.has('needs')
      ? itemsFor(profileId, 'need', row.content.needs, current.needs, row.content.tags, replaceThemes)
      : current.needs,
    offers: mapped.has('offers')
      ? itemsFor(profileId, 'offer', row.content.offers, current.offers, row.content.tags, replaceThemes)
      : current.offers,
  };
}

type RowOutcome = { row: number; status: ImportRowStatus; organisationId: string | null };
export type SurveyOutcome = {
  mobilisationId: string;
  counts: ImportCounts;
  skipped: number;
  rows: RowOutcome[];
  rematchQueued: boolean;
};

type Written = { status: ImportRowStatus; organisationId: string | null };

/**
 * The rows of a chunk that can be written together: up to the first row whose organisation an earlier row of
 * the chunk already stands for (an update of it could change what that row is matched to, so it is matched
 * again with the next chunk, after the earlier row's writes, as a row-by-row import would).
 */
function independentRows(rows: SurveyRow[], found: (ImportMatch | undefined)[]): number {
  const claimed = new Set<string>();
  for (const [index, match] of found.entries()) {
    if (!match) continue;
    if (claimed.has(match.organisationId)) return index;
    claimed.add(match.organisationId);
  }
  return rows.length;
}

/**
 * Writes rows set-based: a few statements for the whole chunk whatever its length (find, create, read, update
 * organisations, save drafts, submit, add contacts), each row decided as a row-by-row import would. Returns
 * each row's outcome and how many rows it took (a chunk stops before a row that must be matched again).
 */
async function writeRows(
  trx: Db,
  mobilisationId: string,
  rows: SurveyRow[],
  mapped: Set<ImportField>,
  asDrafts: boolean,
  dryRun: boolean,
): Promise<{ taken: number; written: Written[] }> {
  const organisationOf = (row: SurveyRow) => {
    if (!row.organisation) throw new Error('a row without an organisation reached the import');
    return row.organisation;
  };
  const allFound = await findImportedOrganisations(trx, mobilisationId, rows.map(organisationOf));
  const taken = independentRows(rows, allFound);
  const chunk = rows.slice(0, taken).map((row, index) => ({ row, found: allFound[index] }));
  // A row no organisation answers to is new whatever its writes do, and they cannot fail: the row passed the
  // API's schemas, a duplicate in the file is refused before, and its ids derive from a new profile. So the
  // preview counts it without writing it (most of a first import's preview time).
  const work = dryRun ? chunk.filter((c) => c.found) : chunk;

  // Organisations and profiles that do not exist yet.
  const created = await createImportedOrganisations(
    trx,
    mobilisationId,
    work.filter((c) => !c.found).map((c) => organisationOf(c.row)),
  );
  const withoutProfile = work.flatMap((c) => (c.found && !c.found.profileId ? [c.found.organisationId] : []));
  const addedProfiles = await addImportedProfiles(trx, mobilisationId, withoutProfile);
  let nextCreated = 0;
  let nextAdded = 0;
  const targets = work.map(({ row, found }) => {
    if (!found) {
      const ids = created[nextCreated++] as (typeof created)[number];
      return {
        row,
        organisationId: ids.organisationId,
        profileId: ids.profileId,
        isNew: true,
        existing: false,
      };
    }
    const profileId = found.profileId ?? (addedProfiles[nextAdded++] as string);
    return { row, organisationId: found.organisationId, profileId, isNew: !found.profileId, existing: true };
  });

  const [organisations, drafts, contacts] = await Promise.all([
    getOrganisations(
      trx,
      targets.filter((t) => t.existing).map((t) => t.organisationId),
    ),
    getProfileDrafts(
      trx,
      targets.map((t) => t.profileId),
    ),
    listContactsOf(
      trx,
      targets.filter((t) => t.row.contact).map((t) => t.organisationId),
    ),
  ]);
  const changed = new Set<string>();

  // What the file leaves out (no organisationsnummer, no web address, sector not asked) keeps its value.
  const updates = targets.flatMap(({ row, organisationId, existing }) => {
    if (!existing) return [];
    const organisation = organisationOf(row);
    const current = organisations.get(organisationId) as Organisation;
    const patch = {
      name: organisation.name,
      county: organisation.county,
      ...(organisation.orgNumber ? { orgNumber: organisation.orgNumber } : {}),
      ...(organisation.municipality ? { municipality: organisation.municipality } : {}),
      ...(organisation.website ? { website: organisation.website } : {}),
      ...(row.sectorGiven ? { sector: organisation.sector } : {}),
    };
    const differs = (Object.keys(patch) as (keyof typeof patch)[]).some((k) => current[k] !== patch[k]);
    if (!differs) return [];
    changed.add(organisationId);
    return [{ id: organisationId, expectedVersion: current.version, patch }];
  });
  await updateOrganisations(trx, updates);

  const saves = targets.map(({ row, profileId }) => {
    const before = drafts.get(profileId);
    if (!before) throw new Error('an imported profile was not found');
    return {
      profileId,
      expectedVersion: before.version,
      content: contentFor(profileId, row, mapped, before.content),
      before,
    };
  });
  const versions = await saveDrafts(trx, saves);
  const saved = saves.map((save, index) => ({ ...save, version: versions[index] as number }));
  for (const s of saved) if (s.version !== s.before.version) changed.add(s.profileId);
  if (!asDrafts) {
    // Submitted unless the stored draft is the submitted one already (submitProfile's own rule).
    const due = saved.filter((s) => s.before.submittedVersion !== s.version);
    const revisions = await submitProfiles(
      trx,
      due.map((s) => ({ profileId: s.profileId, expectedVersion: s.version })),
    );
    for (const [index, revision] of revisions.entries()) {
      if (revision !== null) changed.add((due[index] as (typeof due)[number]).profileId);
    }
  }

  const newContacts = targets.flatMap(({ row, organisationId }) => {
    if (!row.contact) return [];
    const current = contacts.get(organisationId) ?? [];
    const email = row.contact.email.toLowerCase();
    if (current.some((c) => c.email.toLowerCase() === email) || current.length >= 10) return [];
    changed.add(organisationId);
    return [{ organisationId, position: current.length, contact: row.contact }];
  });
  await addContacts(trx, newContacts);

  const outcomeOf = new Map(
    targets.map((t): [SurveyRow, Written] => [
      t.row,
      {
        status: t.isNew
          ? 'new'
          : changed.has(t.organisationId) || changed.has(t.profileId)
            ? 'updated'
            : 'unchanged',
        organisationId: t.organisationId,
      },
    ]),
  );
  return {
    taken,
    written: chunk.map(({ row }) => outcomeOf.get(row) ?? { status: 'new', organisationId: null }),
  };
}

/** Rows written together: a handful of statements each, and a progress report between them. */
const rowsPerChunk = 250;

class DryRunRollback extends Error {
  constructor(readonly outcome: SurveyOutcome) {
    super('dry run');
  }
}

const blockedRows = (survey: PreparedSurvey) =>
  survey.rows.filter((r) => r.problems.some(blocksRow) || !r.organisation);

/**
 * Refuses an import that cannot go ahead (no name column; rows with errors the coordinator did not choose to
 * skip) before anything is written or queued; returns the rows that will be skipped.
 */
export function assertImportable(survey: PreparedSurvey, skipRowsWithErrors: boolean): SurveyRow[] {
  if (!mapsAnOrganisation(survey.mapping)) {
    throw fileError('no_name_column');
  }
  const blocked = blockedRows(survey);
  if (blocked.length > 0 && !skipRowsWithErrors) {
    throw fileError('rows_with_errors', { blocked: blocked.length, rows: survey.rows.length });
  }
  return blocked;
}

/**
 * Imports the checked rows in one transaction: all or nothing. A dry run does the very same writes and rolls
 * them back, so the preview's new/updated/unchanged are what the import will do, decided by the same code.
 * Rows with errors stop the import unless `skipRowsWithErrors`; `afterImport` runs in the same transaction
 * (audit record, saved mapping).
 */
export async function importSurvey(
  db: Db,
  mobilisationId: string,
  survey: PreparedSurvey,
  options: {
    dryRun: boolean;
    skipRowsWithErrors: boolean;
    afterImport?: (trx: Db, outcome: SurveyOutcome) => Promise<void>;
    /** Told after each chunk of rows how many of the file's rows are written (a job's progress). */
    onProgress?: (done: number, total: number) => Promise<void>;
  },
): Promise<SurveyOutcome> {
  const blocked = options.dryRun ? blockedRows(survey) : assertImportable(survey, options.skipRowsWithErrors);
  const mapped = new Set(survey.mapping.columns.map((c) => c.field));
  const work = async (trx: Db): Promise<SurveyOutcome> => {
    const outcome: SurveyOutcome = {
      mobilisationId,
      counts: { rows: survey.rows.length, new: 0, updated: 0, unchanged: 0, withErrors: blocked.length },
      skipped: 0,
      rows: [],
      rematchQueued: false,
    };
    const skip = new Set(blocked);
    const statusOf = new Map<SurveyRow, Written>();
    const writable = survey.rows.filter((row) => !skip.has(row));
    let written = 0;
    while (written < writable.length) {
      const rows = writable.slice(written, written + rowsPerChunk);
      const chunk = await writeRows(trx, mobilisationId, rows, mapped, survey.asDrafts, options.dryRun);
      for (const [index, outcome] of chunk.written.entries()) statusOf.set(rows[index] as SurveyRow, outcome);
      written += chunk.taken;
      if (options.onProgress) {
        // Rows are told in the file's order: those written so far, and the skipped ones among them.
        const last = rows[chunk.taken - 1] as SurveyRow;
        await options.onProgress(survey.rows.indexOf(last) + 1, survey.rows.length);
      }
    }
    for (const row of survey.rows) {
      const result = statusOf.get(row);
      if (!result) {
        outcome.rows.push({ row: row.row, status: 'error', organisationId: null });
        if (!options.dryRun) outcome.skipped++;
        continue;
      }
      outcome.counts[result.status as 'new' | 'updated' | 'unchanged']++;
      outcome.rows.push({ row: row.row, ...result });
    }
    if (options.dryRun) throw new DryRunRollback(outcome);
    // The re-match runs as a job after the commit, never on this request (see cli/import.ts).
    if (outcome.counts.new + outcome.counts.updated > 0) {
      await enqueueJob(trx, {
        kind: matchJobs.mobilisation,
        payload: { mobilisationId },
        dedupeKey: `${matchJobs.mobilisation}:${mobilisationId}`,
      });
      outcome.rematchQueued = true;
    }
    await options.afterImport?.(trx, outcome);
    return outcome;
  };
  try {
    return await withTransaction(db, work);
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
}

const previewProfiles = 10;

/** What the coordinator sees before anything is written. */
export async function previewSurvey(
  db: Db,
  mobilisationId: string,
  survey: PreparedSurvey,
): Promise<ImportPreview> {
  if (db.isTransaction) throw new Error('a preview needs its own transaction to roll back');
  const outcome = await importSurvey(db, mobilisationId, survey, { dryRun: true, skipRowsWithErrors: true });
  const statusOf = new Map(outcome.rows.map((r) => [r.row, r.status]));
  const problems = survey.rows.flatMap((r) => r.problems);
  if (!mapsAnOrganisation(survey.mapping)) problems.unshift(problem(null, null, 'no_name_column'));
  const profiles: ImportProfilePreview[] = survey.rows.slice(0, previewProfiles).map((r) => ({
    row: r.row,
    status: statusOf.get(r.row) ?? 'error',
    name: r.organisation?.name ?? '',
    orgNumber: r.organisation?.orgNumber ?? null,
    sector: r.organisation?.sector ?? '',
    county: r.organisation?.county ?? '',
    municipality: r.organisation?.municipality ?? null,
    website: r.organisation?.website ?? null,
    contact: r.contact ? { name: r.contact.name, email: r.contact.email, phone: r.contact.phone } : null,
    goals: r.content.goals,
    projects: r.content.projects.map((p) => p.title),
    needs: r.content.needs,
    offers: r.content.offers,
    tags: r.content.tags,
  }));
  return {
    format: survey.table.format,
    sheets: survey.table.sheets,
    sheet: survey.table.sheet,
    mapping: survey.mapping,
    mappingSource: survey.mappingSource,
    counts: outcome.counts,
    problems,
    profiles,
  };
}
