import type { InitiativeHistory as History } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-state';
import { isForbidden, isUnauthenticated } from '../../../lib/api-error';
import { useFormat } from '../../../lib/format';
import { useInitiativeHistory } from '../api/get-initiative-history';
import { describeChanges, historyAction } from '../lib/history';

function HistoryEntries({ items }: { items: History['items'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Newest first: each entry is compared with the one below it (the version before).
  return (
    <ol className="initiative-history">
      {items.map((item, index) => {
        const { kind, otherId } = historyAction(item.action);
        const changes = describeChanges(items[index + 1]?.snapshot, item.snapshot, t);
        return (
          <li key={`${item.version}-${item.action}-${item.changedAt}`} className="initiative-history__entry">
            <p className="initiative-history__what">
              {kind === 'other' ? item.action : t(`initiatives.history.actions.${kind}`)}
              {otherId ? (
                <>
                  {' '}
                  <Link to={`/initiatives/${otherId}`}>{t('initiatives.history.otherLink')}</Link>
                </>
              ) : null}
            </p>
            {changes.length > 0 ? (
              <ul className="initiative-history__changes">
                {changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            ) : null}
            <p className="meta-line">
              <span>{t('initiatives.history.version', { version: item.version })}</span>
              <span>{item.changedBy}</span>
              <span>{format.dateTime(item.changedAt)}</span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** "Historik": every version of the initiative, who made it and when, and what changed. */
export function InitiativeHistory({ initiativeId, version }: { initiativeId: string; version: number }) {
  const { t } = useTranslation();
  const history = useInitiativeHistory(initiativeId, version);
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('initiatives.history.heading')}</h2>
      {history.isError && (isUnauthenticated(history.error) || isForbidden(history.error)) ? (
        <p className="muted">{t('initiatives.history.participantsOnly')}</p>
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data ? (
        history.data.items.length === 0 ? (
          <p className="muted">{t('initiatives.history.none')}</p>
        ) : (
          <HistoryEntries items={history.data.items} />
        )
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </section>
  );
}
