import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/ui/notice';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useKindsHistory, useRevertKinds } from '../api/kinds';

/** Every version of the kinds, newest first; an earlier one can be made current again (as a new version). */
export function KindsHistory({
  mobilisationId,
  onChanged,
}: {
  mobilisationId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useKindsHistory(mobilisationId);
  const revert = useRevertKinds(mobilisationId);
  return (
    <section className="section" aria-labelledby="kinds-history-heading">
      <h2 id="kinds-history-heading">{t('vocabulary.history.heading')}</h2>
      {revert.isError ? (
        <Notice tone="error" role="alert">
          <p>{errorMessage(revert.error, t)}</p>
        </Notice>
      ) : null}
      <QueryState query={history}>
        {(data) => (
          <ol className="kinds-history" reversed>
            {data.items.map((v) => (
              <li key={v.version}>
                <strong>
                  {v.version === 0
                    ? t('vocabulary.templateVersion')
                    : t('vocabulary.version', { version: v.version })}
                </strong>
                {v.version === data.current ? ` (${t('vocabulary.history.current')})` : ''}
                {' · '}
                {t('vocabulary.history.kinds', { count: v.kindCount })}
                {v.createdAt
                  ? ` · ${t('vocabulary.history.by', { who: v.createdBy ?? '', when: format.dateTime(v.createdAt) })}`
                  : ''}
                {v.revertedFrom !== null
                  ? ` · ${t('vocabulary.history.reverted', { version: v.revertedFrom })}`
                  : ''}
                {v.note ? (
                  <p className="muted">{v.note}</p>
                ) : v.version === 0 ? (
                  <p className="muted">{t('vocabulary.history.template')}</p>
                ) : null}
                {v.version !== data.current ? (
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={revert.isPending}
                    onClick={() =>
                      revert.mutate({ version: data.current, to: v.version }, { onSuccess: onChanged })
                    }
                  >
                    {t('vocabulary.history.revert', { version: v.version })}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
