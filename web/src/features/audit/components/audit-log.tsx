import type { AuditEvent } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../../components/ui/field';
import { Pagination, pageSearch } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { type AuditEntityType, useAudit } from '../api/get-audit';
import { describeAction } from '../lib/describe-action';

export const auditPageSize = 25;
const entityTypes: readonly AuditEntityType[] = [
  'profile',
  'organisation',
  'invitation',
  'membership',
  'match',
  'initiative',
  'mobilisation',
];

/** What the event concerns, by its present name, linked to where a person can look at it. */
function EntityName({ event }: { event: AuditEvent }) {
  if (!event.entityName) return null;
  const to = event.profileId
    ? `/profiles/${event.profileId}`
    : event.entityType === 'initiative'
      ? `/initiatives/${event.entityId}`
      : null;
  return (
    <>
      {' – '}
      {to ? <Link to={to}>{event.entityName}</Link> : event.entityName}
    </>
  );
}

function EventRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const description = describeAction(event, t);
  const known = entityTypes.find((type) => type === event.entityType);
  return (
    <li className="audit-event">
      <p className="audit-event__what">
        {description ?? (
          <>
            {t('audit.unknownAction')} <code>{event.action}</code>
          </>
        )}
      </p>
      <p className="meta-line">
        <span>
          <span className="visually-hidden">{t('audit.who')}: </span>
          {event.actorName}
        </span>
        <span>
          <span className="visually-hidden">{t('audit.when')}: </span>
          <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
        </span>
        <span>
          {t('audit.concerns', { what: known ? t(`audit.entity.${known}`) : event.entityType })}
          <EntityName event={event} />
        </span>
      </p>
    </li>
  );
}

/** The mobilisation's audit log, newest first: who changed what and when, filterable and paged in the address. */
export function AuditLog({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const entityType = entityTypes.find((type) => type === params.get('entityType'));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const audit = useAudit(mobilisationId, {
    ...(entityType ? { entityType } : {}),
    limit: auditPageSize,
    offset: (page - 1) * auditPageSize,
  });

  const pageLink = (target: number) => pageSearch(params, target);
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / auditPageSize)) : 1;

  return (
    <>
      <div className="search-panel audit-filter">
        <Field id="audit-entity-type" label={t('audit.filterLabel')} hint={t('audit.filterHint')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={entityType ?? ''}
              onChange={(event) =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  if (event.target.value) next.set('entityType', event.target.value);
                  else next.delete('entityType');
                  next.delete('page');
                  return next;
                })
              }
            >
              <option value="">{t('audit.allTypes')}</option>
              {entityTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`audit.entity.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {audit.isError && !audit.data ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : null}
      <p className="results-bar__count" role="status">
        {audit.data
          ? t('audit.count', { count: audit.data.total, formatted: format.number(audit.data.total) })
          : t('common.loading')}
      </p>
      {audit.data && audit.data.items.length === 0 ? (
        <p className="empty-state">{entityType ? t('audit.noneOfType') : t('audit.none')}</p>
      ) : null}
      {audit.data && audit.data.items.length > 0 ? (
        <ol className="audit-list" aria-busy={audit.isPlaceholderData} aria-label={t('audit.listLabel')}>
          {audit.data.items.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </ol>
      ) : null}
      <Pagination label={t('audit.pagination')} page={page} pages={pages} href={pageLink} />
    </>
  );
}
