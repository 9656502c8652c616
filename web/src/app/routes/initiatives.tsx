import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useCreateInitiative } from '../../features/initiatives/api/create-initiative';
import { useInitiatives } from '../../features/initiatives/api/get-initiatives';
import { ExportLinks } from '../../features/initiatives/components/export-links';
import {
  type InitiativeFilterKey,
  InitiativeFilters,
} from '../../features/initiatives/components/initiative-filters';
import { InitiativeForm } from '../../features/initiatives/components/initiative-form';
import { InitiativeList } from '../../features/initiatives/components/initiative-list';
import { ProposalList } from '../../features/initiatives/components/proposal-list';
import { ProposePanel } from '../../features/initiatives/components/propose-panel';
import { emptyFormValues, toCreateBody } from '../../features/initiatives/lib/form-values';
import { type InitiativeView, initiativeParamsFrom } from '../../features/initiatives/lib/initiative-params';
import { quarterYears } from '../../features/initiatives/lib/quarters';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { isCoordinatorOf, isParticipantOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';
import { useOrganisationSearch } from './initiative-organisation-search';

/** "Initiativlista": the joint work plan; coordinators also work through the platform's proposals here. */
export function InitiativesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { mobilisationId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const mobilisation = useMobilisation(mobilisationId);
  const user = useSession().data?.user;
  const coordinator = isCoordinatorOf(user, mobilisationId);
  const participant = isParticipantOf(user, mobilisationId);
  const params = initiativeParamsFrom(searchParams);
  const view: InitiativeView = coordinator ? params.view : 'list';
  const proposals = useInitiatives(mobilisationId, { state: 'proposed' }, { enabled: coordinator });
  const [creating, setCreating] = useState(false);
  const create = useCreateInitiative(mobilisationId);
  const organisations = useOrganisationSearch(mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;

  const update = (key: InitiativeFilterKey, value: string | null) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const viewLink = (target: InitiativeView) => {
    const next = new URLSearchParams(searchParams);
    if (target === 'list') next.delete('view');
    else next.set('view', target);
    return `?${next.toString()}`;
  };

  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={name}
        title={t('initiatives.title')}
        withContext
        action={
          coordinator && !creating ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setCreating(true);
                requestAnimationFrame(() => document.getElementById('new-initiative-heading')?.focus());
              }}
            >
              <span aria-hidden="true">+ </span>
              {t('initiatives.new')}
            </button>
          ) : null
        }
      />
      <p className="lead">{t('initiatives.intro')}</p>
      <div className="initiative-toolbar">
        <ExportLinks mobilisationId={mobilisationId} canDownload={participant} />
        {participant ? (
          <Link to={`/m/${mobilisationId}/overview`}>{t('initiatives.overviewLink')}</Link>
        ) : null}
      </div>
      <QueryState query={mobilisation}>
        {(data) => (
          <>
            {coordinator && creating ? (
              <section className="section panel" aria-labelledby="new-initiative-heading">
                <h2 id="new-initiative-heading" className="panel__title" tabIndex={-1}>
                  {t('initiatives.new')}
                </h2>
                <InitiativeForm
                  mode="create"
                  initial={emptyFormValues}
                  goals={data.goals}
                  years={quarterYears(data, [])}
                  mobilisationId={data.id}
                  organisations={organisations}
                  submitting={create.isPending}
                  error={create.error}
                  onCancel={() => {
                    setCreating(false);
                    create.reset();
                  }}
                  onSubmit={(values) =>
                    create.mutate(toCreateBody(values), {
                      onSuccess: (created) =>
                        navigate(`/initiatives/${created.id}`, { state: { initiativeCreated: true } }),
                    })
                  }
                />
              </section>
            ) : null}
            {coordinator ? (
              <nav className="initiative-tabs" aria-label={t('initiatives.viewsLabel')}>
                <ul>
                  {(['list', 'proposals', 'discarded'] as const).map((target) => (
                    <li key={target}>
                      <Link to={viewLink(target)} aria-current={view === target ? 'page' : undefined}>
                        {t(`initiatives.views.${target}`)}
                        {target === 'proposals' && proposals.data ? ` (${proposals.data.items.length})` : ''}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {view === 'proposals' ? <ProposePanel mobilisationId={data.id} /> : null}
            <InitiativeFilters
              params={params}
              goals={data.goals}
              onChange={update}
              grouping={view === 'list'}
            />
            {view === 'list' ? (
              <InitiativeList mobilisationId={data.id} goals={data.goals} params={params} />
            ) : (
              <ProposalList mobilisationId={data.id} goals={data.goals} params={{ ...params, view }} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
