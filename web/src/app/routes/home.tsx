import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useMobilisations } from '../../features/mobilisations/api/get-mobilisations';
import { MobilisationCard } from '../../features/mobilisations/components/mobilisation-card';
import { ownOrganisationPath, ownOrganisations } from '../../lib/access';
import { useSession } from '../../lib/session';
import { useNavigationState } from '../layout/location-state';

export function HomePage() {
  const { t } = useTranslation();
  const mobilisations = useMobilisations();
  const { signedOut, accountDeleted } = useNavigationState();
  const own = ownOrganisations(useSession().data?.user);
  const mobilisationName = (id: string) => mobilisations.data?.items.find((m) => m.id === id)?.name ?? '…';
  return (
    <>
      {signedOut || accountDeleted ? (
        <Notice tone="success" role="status">
          <p>{accountDeleted ? t('account.deleted') : t('auth.signedOut')}</p>
        </Notice>
      ) : null}
      <div className="hero">
        <PageHeading title={t('app.name')}>{t('home.title')}</PageHeading>
        <p className="lead">{t('home.intro')}</p>
      </div>
      {own.length > 0 ? (
        // A member's way back to their own organisation, where signing in took them.
        <section aria-labelledby="own-heading" className="section">
          <h2 id="own-heading">{t('home.ownHeading')}</h2>
          <ul className="link-row">
            {own.map((m) => (
              <li key={m.id}>
                <Link to={ownOrganisationPath(m.mobilisationId)}>
                  {t('home.ownLink', {
                    organisation: m.organisationName,
                    mobilisation: mobilisationName(m.mobilisationId),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="mobilisations-heading" className="section">
        <h2 id="mobilisations-heading">{t('home.mobilisationsHeading')}</h2>
        <QueryState query={mobilisations}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="empty-state">{t('home.noMobilisations')}</p>
            ) : (
              <ul className="card-list">
                {data.items.map((mobilisation) => (
                  <li key={mobilisation.id}>
                    <MobilisationCard mobilisation={mobilisation} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
