import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { MatchRunPanel } from '../../features/matching/components/match-run-panel';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { MobilisationOverview } from '../../features/mobilisations/components/mobilisation-overview';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { isCoordinatorOf, signInPath } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useFormat } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useNavigationState } from '../layout/location-state';
import { NotFoundContent } from '../layout/not-found-content';

export function MobilisationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const session = useSession();
  const user = session.data?.user;
  const coordinator = isCoordinatorOf(user, mobilisationId);
  const { joined } = useNavigationState();
  // Profiles that have been submitted, whether or not a newer draft exists.
  const submitted = useOrganisations(mobilisationId, { status: 'submitted', limit: 1 });
  const changed = useOrganisations(mobilisationId, { status: 'changed', limit: 1 });
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;

  const submittedCount =
    submitted.data && changed.data ? submitted.data.total + changed.data.total : undefined;

  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: mobilisation.data?.name ?? '…' }]} />
      <PageHeading>{mobilisation.data?.name ?? t('common.loading')}</PageHeading>
      <QueryState query={mobilisation}>
        {(data) => (
          <>
            {joined ? (
              <Notice tone="success" role="status">
                <p>{t('invitation.joined', { mobilisation: joined })}</p>
              </Notice>
            ) : null}
            <MobilisationOverview mobilisation={data} />
            <section aria-labelledby="participants-heading" className="section">
              <h2 id="participants-heading">{t('mobilisation.participantsHeading')}</h2>
              <dl className="stats">
                <div className="stats__item">
                  <dt className="stats__label">{t('mobilisation.statOrganisations')}</dt>
                  <dd className="stats__value">{format.number(data.organisationCount)}</dd>
                </div>
                {submittedCount !== undefined ? (
                  <div className="stats__item">
                    <dt className="stats__label">{t('mobilisation.statSubmitted')}</dt>
                    <dd className="stats__value">{format.number(submittedCount)}</dd>
                  </div>
                ) : null}
              </dl>
              <p className="button-row">
                <Link className="button" to={`/m/${data.id}/organisations`}>
                  {t('mobilisation.organisationsLink')}
                </Link>
                {coordinator ? (
                  <Link className="button button--secondary" to={`/m/${data.id}/organisations/new`}>
                    {t('mobilisation.registerLink')}
                  </Link>
                ) : null}
              </p>
              {session.isSuccess && !user ? (
                <p className="muted">
                  <Link to={signInPath(`/m/${data.id}`)}>{t('mobilisation.signInHint')}</Link>
                </p>
              ) : null}
            </section>
            {/* The main navigation has these too; here they answer "what can I do next" in the page itself. */}
            <section aria-labelledby="explore-heading" className="section">
              <h2 id="explore-heading">{t('mobilisation.exploreHeading')}</h2>
              <ul className="button-row link-row">
                <li>
                  <Link className="button button--secondary" to={`/m/${data.id}/map`}>
                    {t('app.map')}
                  </Link>
                </li>
                <li>
                  <Link className="button button--secondary" to={`/m/${data.id}/search`}>
                    {t('app.partners')}
                  </Link>
                </li>
                <li>
                  <Link className="button button--secondary" to={`/m/${data.id}/initiatives`}>
                    {t('app.initiatives')}
                  </Link>
                </li>
                {user ? (
                  <li>
                    <Link className="button button--secondary" to={`/m/${data.id}/interests`}>
                      {t('app.interests')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </section>
            {coordinator ? (
              <section className="section" aria-labelledby="coordination-heading">
                <h2 id="coordination-heading">{t('mobilisation.coordinationHeading')}</h2>
                <ul className="button-row link-row">
                  <li>
                    <Link to={`/m/${data.id}/overview`}>{t('app.dashboard')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/review`}>{t('app.review')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/currency`}>{t('mobilisation.currencyLink')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/people`}>{t('mobilisation.peopleLink')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/audit`}>{t('mobilisation.auditLink')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/import`}>{t('mobilisation.importLink')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/settings`}>{t('app.settings')}</Link>
                  </li>
                  <li>
                    <Link to={`/m/${data.id}/vocabulary`}>{t('app.vocabulary')}</Link>
                  </li>
                </ul>
                <MatchRunPanel mobilisationId={data.id} />
              </section>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}
