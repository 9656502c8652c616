import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportProblem,
  type ImportResult,
  importFields,
} from '@kraftsamling/shared';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { getImportRunQueryOptions, useImportRun } from '../api/get-import-run';
import { useImportSurvey } from '../api/import-survey';
import { usePreviewImport } from '../api/preview-import';
import { ImportRunProgress } from './import-run-progress';

/** The file as base64, in chunks so that a large file does not overflow the call stack. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

type Upload = { name: string; data: string };

/**
 * A coordinator's import of survey answers: upload → sheet and columns → preview with each row's problems →
 * import. Nothing is written until "Importera"; every step after the upload sends the file again, so the
 * server keeps nothing between steps.
 */
export function SurveyImport({ mobilisationId }: { mobilisationId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const preview = usePreviewImport(mobilisationId);
  const runImport = useImportSurvey(mobilisationId);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [asDrafts, setAsDrafts] = useState(false);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [skipErrors, setSkipErrors] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [inviteContacts, setInviteContacts] = useState(false);
  // A large file is imported by a job; its run is followed here until it ends.
  const [runId, setRunId] = useState<string | null>(null);
  const run = useImportRun(mobilisationId, runId).data?.run;
  const queryClient = useQueryClient();
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const data: ImportPreview | undefined = preview.data;
  // Texts the server gives in both languages (row problems, why a file cannot be imported) in the reader's.
  const language = i18n.language === 'en' ? 'en' : 'sv';

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  // The run stays on the page once it has ended, so what happened stays where the person was looking; its
  // result or error is taken over once.
  const settled = useRef<string | null>(null);
  useEffect(() => {
    if (!run || (run.status !== 'done' && run.status !== 'failed') || settled.current === run.id) return;
    settled.current = run.id;
    if (run.status === 'done' && run.result) {
      setResult(run.result);
      void queryClient.invalidateQueries({ queryKey: ['mobilisations', mobilisationId] });
    } else {
      setErrors([
        {
          key: 'run',
          href: `#${id}-import`,
          label: t('imports.file'),
          message: t('imports.run.failed', { error: run.error?.[language] ?? '' }),
        },
      ]);
    }
  }, [run, queryClient, mobilisationId, id, t, language]);

  // What is wrong with a file (empty, too large, rows with errors) is in the server's own words, in the
  // reader's language: the generic "correct the marked fields" would point at fields this page does not have.
  const fileProblem = (error: unknown): error is ApiError =>
    error instanceof ApiError &&
    (error.code === 'PAYLOAD_TOO_LARGE' || (error.code === 'VALIDATION_FAILED' && !error.fields?.length));
  const fail = (error: unknown, href = `#${id}-file`) =>
    setErrors([
      {
        key: 'request',
        href,
        label: t('imports.file'),
        message: fileProblem(error) ? (error.texts?.[language] ?? error.message) : errorMessage(error, t),
      },
    ]);

  const askPreview = async (file: Upload, options: { sheet?: string; mapping?: ImportMapping }) => {
    setErrors([]);
    setResult(null);
    setRunId(null);
    try {
      const answer = await preview.mutateAsync({
        file,
        asDrafts,
        ...(options.sheet ? { sheet: options.sheet } : {}),
        ...(options.mapping ? { mapping: options.mapping } : {}),
      });
      setMapping(answer.mapping);
      setSheet(answer.sheet ?? undefined);
    } catch (error) {
      fail(error);
    }
  };

  const onPreview = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setErrors([
        { key: 'file', href: `#${id}-file`, label: t('imports.file'), message: t('imports.chooseFile') },
      ]);
      return;
    }
    const next = { name: file.name, data: await toBase64(file) };
    setUpload(next);
    await askPreview(next, {});
  };

  const onImport = async () => {
    if (!upload || !mapping) return;
    setErrors([]);
    try {
      const answer = await runImport.mutateAsync({
        file: upload,
        mapping,
        asDrafts,
        skipRowsWithErrors: skipErrors,
        inviteContacts,
        ...(sheet ? { sheet } : {}),
      });
      if ('run' in answer) {
        // The run is shown from the answer at once, not after the first poll: a small file's job may end first.
        queryClient.setQueryData(getImportRunQueryOptions(mobilisationId, answer.run.id).queryKey, answer);
        setRunId(answer.run.id);
      } else setResult(answer);
    } catch (error) {
      fail(error, `#${id}-import`);
    }
  };

  const problemPlace = (p: ImportProblem) =>
    p.row === null
      ? t('imports.problemFile')
      : p.column
        ? t('imports.problemAt', { row: p.row, column: p.column })
        : t('imports.problemRow', { row: p.row });
  const say = (p: ImportProblem) => p[language];

  return (
    <>
      <ErrorSummary ref={summaryRef} title={t('imports.errorTitle')} errors={errors} />
      {result ? (
        <Notice tone="success" role="status">
          <p>{t('imports.done', { ...result.counts, skipped: result.skipped })}</p>
          {result.invited > 0 ? <p>{t('imports.invited', { count: result.invited })}</p> : null}
          {result.rematchQueued ? <p>{t('imports.rematch')}</p> : null}
        </Notice>
      ) : null}
      {run ? <ImportRunProgress run={run} /> : null}
      <form onSubmit={onPreview} noValidate>
        <Field id={`${id}-file`} label={t('imports.file')} hint={t('imports.fileHint')}>
          {(props) => (
            <input
              {...props}
              ref={fileRef}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          )}
        </Field>
        <div className="field">
          <label>
            <input type="checkbox" checked={asDrafts} onChange={(e) => setAsDrafts(e.target.checked)} />{' '}
            {t('imports.asDrafts')}
          </label>
        </div>
        <button type="submit" className="button" disabled={preview.isPending}>
          {preview.isPending ? t('imports.previewing') : t('imports.preview')}
        </button>
      </form>

      {data && upload && mapping ? (
        <section aria-labelledby={`${id}-preview`}>
          {data.sheets.length > 1 ? (
            <Field id={`${id}-sheet`} label={t('imports.sheet')}>
              {(props) => (
                <select
                  {...props}
                  value={sheet ?? ''}
                  onChange={(e) => void askPreview(upload, { sheet: e.target.value })}
                >
                  {data.sheets.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <h2>{t('imports.mappingHeading')}</h2>
          <p>
            {t('imports.mappingIntro')} {t(`imports.mappingSource.${data.mappingSource}`)}
          </p>
          <div className="import-mapping">
            {mapping.columns.map((column, index) => (
              <Field
                // Columns are positional: the same header may appear twice (one column per need).
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the file
                key={index}
                id={`${id}-column-${index}`}
                label={t('imports.column', { header: column.header || String(index + 1) })}
              >
                {(props) => (
                  <select
                    {...props}
                    value={column.field}
                    onChange={(e) =>
                      setMapping({
                        columns: mapping.columns.map((c, i) =>
                          i === index ? { ...c, field: e.target.value as ImportField } : c,
                        ),
                      })
                    }
                  >
                    {importFields.map((field) => (
                      <option key={field} value={field}>
                        {t(`imports.fields.${field}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
          <button
            type="button"
            className="button button--secondary"
            disabled={preview.isPending}
            onClick={() => void askPreview(upload, { ...(sheet ? { sheet } : {}), mapping })}
          >
            {t('imports.updatePreview')}
          </button>

          <h2 id={`${id}-preview`}>{t('imports.resultHeading')}</h2>
          <p role="status">{t('imports.counts', data.counts)}</p>
          {data.problems.length > 0 ? (
            <>
              <h3>{t('imports.problemsHeading')}</h3>
              <ul aria-label={t('imports.problemsHeading')}>
                {data.problems.map((p, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their order
                  <li key={index}>
                    <strong>{problemPlace(p)}:</strong> {say(p)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t('imports.profilesHeading')}</h3>
          <ul className="import-profiles" aria-label={t('imports.profilesHeading')}>
            {data.profiles.map((profile) => (
              <li key={profile.row}>
                <h4>
                  {profile.name || t('imports.problemRow', { row: profile.row })} (
                  {t(`imports.status.${profile.status}`)})
                </h4>
                <p>{[profile.county, profile.municipality, profile.orgNumber].filter(Boolean).join(' · ')}</p>
                {profile.goals ? (
                  <p>
                    <strong>{t('imports.goals')}:</strong> {profile.goals}
                  </p>
                ) : null}
                {profile.needs.length > 0 ? (
                  <>
                    <p>
                      <strong>{t('imports.needs')}:</strong>
                    </p>
                    <ul>
                      {profile.needs.map((need, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the same text may appear twice
                        <li key={index}>{need}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {profile.offers.length > 0 ? (
                  <>
                    <p>
                      <strong>{t('imports.offers')}:</strong>
                    </p>
                    <ul>
                      {profile.offers.map((offer, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the same text may appear twice
                        <li key={index}>{offer}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {profile.contact ? (
                  <p>
                    <strong>{t('imports.contact')}:</strong> {profile.contact.name}, {profile.contact.email}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {data.counts.withErrors > 0 ? (
            <div className="field">
              <label>
                <input
                  type="checkbox"
                  checked={skipErrors}
                  onChange={(e) => setSkipErrors(e.target.checked)}
                />{' '}
                {t('imports.skipErrors')}
              </label>
            </div>
          ) : null}
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={inviteContacts}
                onChange={(e) => setInviteContacts(e.target.checked)}
              />{' '}
              {t('imports.inviteContacts')}
            </label>
          </div>
          <button
            id={`${id}-import`}
            type="button"
            className="button"
            disabled={runImport.isPending || runId !== null}
            onClick={() => void onImport()}
          >
            {runImport.isPending ? t('imports.importing') : t('imports.import')}
          </button>
        </section>
      ) : null}
    </>
  );
}
