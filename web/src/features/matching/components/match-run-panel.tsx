import type { MatchRun } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useLatestMatchRun } from '../api/get-latest-match-run';
import { useStartMatchRun } from '../api/start-match-run';

const statusIcon: Record<MatchRun['status'], string> = { queued: '○', running: '◐', done: '✓', failed: '!' };

function RunProgress({ run }: { run: MatchRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  const active = run.status === 'queued' || run.status === 'running';
  const share = run.total > 0 ? run.progress / run.total : run.status === 'done' ? 1 : 0;
  const counts = { progress: format.number(run.progress), total: format.number(run.total) };
  // Until the run has counted its work there is nothing to measure: the bar runs without a value.
  const counting = active && run.total === 0;
  const progressText = counting
    ? t('matchRun.counting')
    : t('matchRun.progressText', { ...counts, percent: format.percent(share) });
  return (
    <div className="match-run">
      <p className={`match-run__status match-run__status--${run.status}`}>
        <span aria-hidden="true" className="match-run__icon">
          {statusIcon[run.status]}
        </span>{' '}
        {t(`matchRun.status.${run.status}`)}
      </p>
      <div className="match-run__bar">
        {counting ? (
          <progress
            className="progress"
            aria-label={t('matchRun.progressLabel')}
            aria-valuetext={progressText}
          />
        ) : (
          <progress
            className="progress"
            max={Math.max(run.total, 1)}
            value={Math.min(run.progress, Math.max(run.total, 1))}
            aria-label={t('matchRun.progressLabel')}
            aria-valuetext={progressText}
          />
        )}
        <span className="match-run__numbers">{progressText}</span>
      </div>
      <dl className="match-run__times">
        <div>
          <dt>{t('matchRun.requested')}</dt>
          <dd>{format.dateTime(run.createdAt)}</dd>
        </div>
        {run.startedAt ? (
          <div>
            <dt>{t('matchRun.started')}</dt>
            <dd>{format.dateTime(run.startedAt)}</dd>
          </div>
        ) : null}
        {run.finishedAt && !active ? (
          <div>
            <dt>{t('matchRun.finished')}</dt>
            <dd>{format.dateTime(run.finishedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {run.status === 'failed' ? (
        <p className="field__error">{t('matchRun.failed', { error: run.error ?? '' })}</p>
      ) : null}
    </div>
  );
}

/**
 * For coordinators: recompute every match of the mobilisation in the background, and follow the latest run.
 * Its status is announced as it changes; the numbers follow in the progress bar.
 */
export function MatchRunPanel({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const latest = useLatestMatchRun(mobilisationId);
  const start = useStartMatchRun(mobilisationId);
  const run = latest.data?.run ?? null;
  const active = run?.status === 'queued' || run?.status === 'running';

  return (
    <section className="panel match-run-panel" aria-labelledby="match-run-heading">
      <h2 id="match-run-heading" className="panel__title">
        {t('matchRun.heading')}
      </h2>
      <p className="muted">{t('matchRun.intro')}</p>
      {latest.isError && !latest.data ? (
        <QueryError error={latest.error} onRetry={() => void latest.refetch()} />
      ) : null}
      <div role="status" className="match-run__live">
        {run ? (
          <span className="visually-hidden">
            {t(`matchRun.status.${run.status}`)}
            {run.status === 'done' ? ` ${t('matchRun.doneCount', { count: run.total })}` : ''}
          </span>
        ) : latest.data ? (
          <p className="muted">{t('matchRun.none')}</p>
        ) : null}
      </div>
      {run ? <RunProgress run={run} /> : null}
      <p className="button-row">
        <button
          type="button"
          className="button"
          // aria-disabled rather than disabled: the button keeps focus while the run it started is going on.
          aria-disabled={start.isPending || active}
          aria-describedby={active ? 'match-run-busy' : undefined}
          onClick={() => {
            if (!start.isPending && !active) start.mutate();
          }}
        >
          {start.isPending ? t('matchRun.starting') : t('matchRun.start')}
        </button>
        {active ? (
          <span id="match-run-busy" className="muted">
            {t('matchRun.busyHint')}
          </span>
        ) : null}
      </p>
      {start.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(start.error, t)}
        </p>
      ) : null}
    </section>
  );
}
