import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { MatchRunPanel } from '../../features/matching/components/match-run-panel';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { useKinds } from '../../features/vocabulary/api/kinds';
import { KindsHistory } from '../../features/vocabulary/components/kinds-history';
import { ProposedTerms } from '../../features/vocabulary/components/proposed-terms';
import { VocabularyEditor } from '../../features/vocabulary/components/vocabulary-editor';
import { isCoordinatorOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { CoordinatorsOnly } from '../layout/coordinators-only';
import { NotFoundContent } from '../layout/not-found-content';

export function VocabularyPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const session = useSession();
  const user = session.data?.user;
  const coordinator = isCoordinatorOf(user, mobilisationId);
  const kinds = useKinds(coordinator ? mobilisationId : '');
  // Bumped after a conflict, an accepted term or an undo (each a new version saved elsewhere): the editor starts afresh from what is stored now.
  const [generation, setGeneration] = useState(0);
  const reload = () => void kinds.refetch().then(() => setGeneration((g) => g + 1));
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: mobilisation.data?.name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('vocabulary.title') },
        ]}
      />
      <PageHeading>{t('vocabulary.title')}</PageHeading>
      <CoordinatorsOnly mobilisationId={mobilisationId} refusal={<p>{t('vocabulary.coordinatorsOnly')}</p>}>
        <QueryState query={kinds}>
          {(current) => (
            <>
              <p className="lead">{t('vocabulary.intro')}</p>
              <MatchRunPanel mobilisationId={mobilisationId} />
              <VocabularyEditor
                key={generation}
                mobilisationId={mobilisationId}
                current={current}
                onReload={reload}
              />
              <ProposedTerms mobilisationId={mobilisationId} version={current.version} onChanged={reload} />
              <KindsHistory mobilisationId={mobilisationId} onChanged={reload} />
            </>
          )}
        </QueryState>
      </CoordinatorsOnly>
    </>
  );
}
