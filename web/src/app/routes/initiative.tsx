import { initiativeWords } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useInitiative } from '../../features/initiatives/api/get-initiative';
import { useInitiatives } from '../../features/initiatives/api/get-initiatives';
import { useUpdateInitiative } from '../../features/initiatives/api/update-initiative';
import { EndorsementControl } from '../../features/initiatives/components/endorsement-control';
import {
  type ActionOutcome,
  InitiativeActions,
} from '../../features/initiatives/components/initiative-actions';
import { InitiativeDetails } from '../../features/initiatives/components/initiative-details';
import { InitiativeForm } from '../../features/initiatives/components/initiative-form';
import { InitiativeHistory } from '../../features/initiatives/components/initiative-history';
import { formValuesFrom, toPatchBody } from '../../features/initiatives/lib/form-values';
import { quarterYears } from '../../features/initiatives/lib/quarters';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { canEditOrganisation, isCoordinatorOf, membershipsIn } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useLanguage } from '../../lib/i18n/use-language';
import { sectorLabel } from '../../lib/reference';
import { useSession } from '../../lib/session';
import { NotFoundContent } from '../layout/not-found-content';
import { useOrganisationSearch } from './initiative-organisation-search';

/** One initiative: its details for everyone who may see it, editing for coordinators, endorsement for members. */
export function InitiativePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const { initiativeId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const initiative = useInitiative(initiativeId);
  const mobilisationId = initiative.data?.mobilisationId ?? '';
  const mobilisation = useMobilisation(mobilisationId || undefined);
  const user = useSession().data?.user;
  const coordinator = Boolean(mobilisationId) && isCoordinatorOf(user, mobilisationId);
  const editing = coordinator && searchParams.get('edit') === '1';
  const update = useUpdateInitiative();
  const organisations = useOrganisationSearch(mobilisationId);
  const listed = useInitiatives(mobilisationId, { state: 'listed' }, { enabled: coordinator });
  const proposed = useInitiatives(mobilisationId, { state: 'proposed' }, { enabled: coordinator });
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [saved, setSaved] = useState(false);
  // Bumped to start the form again from the latest version after a conflict.
  const [formKey, setFormKey] = useState(0);
  const created = (location.state as { initiativeCreated?: boolean } | null)?.initiativeCreated === true;

  if (initiative.isError && isNotFound(initiative.error)) return <NotFoundContent />;
  const data = initiative.data;
  const title = data ? initiativeWords(data, language).title : undefined;
  const goals = mobilisation.data?.goals ?? [];
  const name = mobilisation.data?.name;

  const setEditing = (on: boolean) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: true },
    );

  const ownOrganisations = data
    ? membershipsIn(user, data.mobilisationId)
        .filter((m) => m.role === 'member' && m.organisationId)
        .map((m) => m.organisationId as string)
        .filter((orgId) => data.participants.some((p) => p.organisation.id === orgId))
    : [];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          ...(mobilisationId ? [{ label: name ?? '…', to: `/m/${mobilisationId}` }] : []),
          ...(mobilisationId
            ? [{ label: t('initiatives.title'), to: `/m/${mobilisationId}/initiatives` }]
            : []),
          { label: title ?? '…' },
        ]}
      />
      <div className="page-header">
        <div>
          <PageHeading title={title}>{title ?? t('common.loading')}</PageHeading>
          {name ? <p className="page-header__context">{name}</p> : null}
        </div>
        {coordinator && data && !editing && data.state !== 'merged' ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('initiatives.edit')}
          </button>
        ) : null}
      </div>
      <QueryState query={initiative}>
        {(current) => (
          <>
            {created ? (
              <Notice tone="success" role="status">
                <p>{t('initiatives.created')}</p>
              </Notice>
            ) : null}
            <div role="status">
              {saved && !editing ? (
                <Notice tone="success">
                  <p>{t('initiatives.saved')}</p>
                </Notice>
              ) : null}
            </div>
            {current.state !== 'listed' ? (
              <Notice tone={current.state === 'proposed' ? 'info' : 'warning'}>
                <p>{t(`initiatives.stateNotice.${current.state}`)}</p>
                {current.mergedInto ? (
                  <p>
                    <Link to={`/initiatives/${current.mergedInto}`}>{t('initiatives.mergedIntoLink')}</Link>
                  </p>
                ) : null}
              </Notice>
            ) : null}
            {!editing && current.proposalReasons.length > 0 ? (
              <section className="section" aria-labelledby="reasons-heading">
                <h2 id="reasons-heading">{t('initiatives.reasons')}</h2>
                <ul>
                  {current.proposalReasons.map((reason) => (
                    <li key={`${reason.kind}|${reason.sv}`}>{reason[language]}</li>
                  ))}
                </ul>
              </section>
            ) : null}
            {editing ? (
              <section className="section panel" aria-labelledby="edit-heading">
                <h2 id="edit-heading" className="panel__title">
                  {t('initiatives.editHeading')}
                </h2>
                <InitiativeForm
                  key={`${current.id}-${formKey}`}
                  mode="edit"
                  initial={formValuesFrom(current, (o) =>
                    o ? `${sectorLabel(o.sector, language)}, ${o.county}` : '',
                  )}
                  goals={goals}
                  years={quarterYears(mobilisation.data, [current.period.start, current.period.end])}
                  mobilisationId={current.mobilisationId}
                  organisations={organisations}
                  submitting={update.isPending}
                  error={update.error}
                  onCancel={() => {
                    update.reset();
                    setEditing(false);
                  }}
                  onReloaded={() => {
                    update.reset();
                    setFormKey((k) => k + 1);
                  }}
                  version={current.version}
                  onSubmit={(values, version) =>
                    update.mutate(
                      { id: current.id, patch: toPatchBody(values, version) },
                      {
                        onSuccess: () => {
                          setSaved(true);
                          setEditing(false);
                          requestAnimationFrame(() => document.querySelector<HTMLElement>('h1')?.focus());
                        },
                      },
                    )
                  }
                />
              </section>
            ) : (
              <InitiativeDetails
                initiative={current}
                goals={goals}
                canChangeItemsOf={(organisationId) =>
                  canEditOrganisation(user, current.mobilisationId, organisationId)
                }
                canCorrectGoals={isCoordinatorOf(user, current.mobilisationId)}
              />
            )}
            {!editing
              ? ownOrganisations.map((orgId) => (
                  <EndorsementControl
                    key={`${orgId}-${current.version}`}
                    initiative={current}
                    organisationId={orgId}
                  />
                ))
              : null}
            {coordinator && !editing && current.state !== 'merged' ? (
              <section className="section" aria-labelledby="coordination-heading">
                <h2 id="coordination-heading">{t('initiatives.coordination')}</h2>
                <div role="status" tabIndex={-1} className="initiative-outcome">
                  {outcome ? (
                    <p className="notice notice--success">
                      {outcome.message}{' '}
                      {outcome.link && outcome.link.to !== `/initiatives/${current.id}` ? (
                        <Link to={outcome.link.to}>
                          {t('initiatives.open', { title: outcome.link.label })}
                        </Link>
                      ) : null}
                    </p>
                  ) : null}
                </div>
                <InitiativeActions
                  initiative={current}
                  candidates={[...(listed.data?.items ?? []), ...(proposed.data?.items ?? [])]}
                  editLink={false}
                  onDone={setOutcome}
                />
              </section>
            ) : null}
            <InitiativeHistory initiativeId={current.id} version={current.version} />
            {mobilisationId ? (
              <p className="section">
                <Link to={`/m/${mobilisationId}/initiatives`}>{t('initiatives.backToList')}</Link>
              </p>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}
