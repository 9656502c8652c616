import type { ImportRun } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

/** A large import running as a job: its state, announced as it changes, and how many rows are written. */
export function ImportRunProgress({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Until the job has read the file there is nothing to measure: the bar runs without a value.
  const counting = run.total === 0;
  const text = counting
    ? t('imports.run.reading')
    : t('imports.run.progress', { progress: format.number(run.progress), total: format.number(run.total) });
  return (
    <section className="match-run" aria-labelledby="import-run-heading">
      <h2 id="import-run-heading">{t('imports.run.heading', { file: run.fileName })}</h2>
      <p role="status">{t(`imports.run.status.${run.status}`)}</p>
      <div className="match-run__bar">
        {counting ? (
          <progress className="progress" aria-label={t('imports.run.label')} aria-valuetext={text} />
        ) : (
          <progress
            className="progress"
            max={run.total}
            value={Math.min(run.progress, run.total)}
            aria-label={t('imports.run.label')}
            aria-valuetext={text}
          />
        )}
        <span className="match-run__numbers">{text}</span>
      </div>
    </section>
  );
}
