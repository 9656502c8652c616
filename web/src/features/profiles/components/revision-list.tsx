import type { RevisionSummary } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';

type Props = { profileId: string; revisions: readonly RevisionSummary[] };

/** Newest first, as the API lists them; each version links to its read-only view. */
export function RevisionList({ profileId, revisions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (revisions.length === 0) return <p className="empty-state">{t('revisions.none')}</p>;
  return (
    <ol className="revision-list" reversed>
      {revisions.map((revision, index) => (
        <li key={revision.number} className="revision-list__item">
          <p className="revision-list__title">
            <Link to={`/profiles/${profileId}/revisions/${revision.number}`}>
              {t('revisions.version', { number: revision.number })}
            </Link>
            {index === 0 ? <span className="badge badge--neutral">{t('revisions.latest')}</span> : null}
          </p>
          <p className="revision-list__meta">
            {t('revisions.submittedAt', { date: format.dateTime(revision.submittedAt) })}
          </p>
          <p className="revision-list__meta">
            {[
              t('counts.projects', { count: revision.projectCount }),
              t('counts.needs', { count: revision.needCount }),
              t('counts.offers', { count: revision.offerCount }),
            ].join(' · ')}
          </p>
        </li>
      ))}
    </ol>
  );
}
