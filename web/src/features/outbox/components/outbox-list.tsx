import type { OutboxMessage } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useOutbox } from '../api/get-outbox';
import { LinkedText } from './linked-text';

export const outboxPageSize = 20;

function Message({ message, level }: { message: OutboxMessage; level: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `mail-${message.id}`;
  return (
    <li>
      <article className="mail" aria-labelledby={headingId}>
        {level === 2 ? (
          <h2 id={headingId} className="mail__subject">
            {message.subject}
          </h2>
        ) : (
          <h3 id={headingId} className="mail__subject">
            {message.subject}
          </h3>
        )}
        <dl className="mail__meta">
          <div>
            <dt>{t('outbox.to')}</dt>
            <dd>{message.to}</dd>
          </div>
          <div>
            <dt>{t('outbox.written')}</dt>
            <dd>
              <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('outbox.status')}</dt>
            <dd>
              {message.sentAt ? (
                <span className="badge badge--submitted">
                  <span aria-hidden="true">✓</span>{' '}
                  {t('outbox.sent', { date: format.dateTime(message.sentAt) })}
                </span>
              ) : (
                <span className="badge badge--empty">
                  <span aria-hidden="true">○</span> {t('outbox.notSent')}
                </span>
              )}
            </dd>
          </div>
        </dl>
        <div className="mail__text">
          <LinkedText text={message.text} />
        </div>
      </article>
    </li>
  );
}

/**
 * The mail the platform has written, newest first, sent or not: how invitations and resets work without SMTP.
 * With a mobilisation, only the mail sent on its behalf, for its coordinators (under a heading of their page,
 * so each mail's heading is one level lower).
 */
export function OutboxList({ mobilisationId }: { mobilisationId?: string } = {}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const outbox = useOutbox({ limit: outboxPageSize, offset: (page - 1) * outboxPageSize }, mobilisationId);
  if (outbox.isError && !outbox.data)
    return <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />;
  const pages = outbox.data ? Math.max(1, Math.ceil(outbox.data.total / outboxPageSize)) : 1;
  return (
    <>
      <div className="results-bar">
        <p className="results-bar__count" role="status">
          {outbox.data
            ? t('outbox.count', { count: outbox.data.total, formatted: format.number(outbox.data.total) })
            : t('common.loading')}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void outbox.refetch()}
        >
          {t('outbox.refresh')}
        </button>
      </div>
      {outbox.data && outbox.data.items.length === 0 ? (
        <p className="empty-state">{t('outbox.none')}</p>
      ) : null}
      {outbox.data && outbox.data.items.length > 0 ? (
        <ol className="mail-list" aria-busy={outbox.isPlaceholderData}>
          {outbox.data.items.map((message) => (
            <Message key={message.id} message={message} level={mobilisationId ? 3 : 2} />
          ))}
        </ol>
      ) : null}
      <Pagination
        label={t('outbox.pagination')}
        page={page}
        pages={pages}
        href={(p) => (p === 1 ? '?' : `?page=${p}`)}
      />
    </>
  );
}
