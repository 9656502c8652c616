import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useInitiatives } from '../../features/initiatives/api/get-initiatives';
import { PrintList } from '../../features/initiatives/components/print-list';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { isNotFound } from '../../lib/api-error';
import { useFormat } from '../../lib/format';
import { NotFoundContent } from '../layout/not-found-content';

/** The initiative list for paper: "Skriv ut" opens the browser's print dialog. */
export function InitiativesPrintPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const initiatives = useInitiatives(mobilisationId, { state: 'listed', participants: 'all' });
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  const title = name ? t('initiatives.printTitle', { name }) : t('initiatives.title');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('initiatives.title'), to: `/m/${mobilisationId}/initiatives` },
          { label: t('initiatives.printCrumb') },
        ]}
      />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="page-header__context">
        {t('initiatives.printDate', { date: format.date(new Date().toISOString()) })}
      </p>
      <p className="button-row print-hide">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('initiatives.print')}
        </button>
        <Link to={`/m/${mobilisationId}/initiatives`}>{t('initiatives.backToList')}</Link>
      </p>
      <QueryState query={initiatives}>
        {(data) => <PrintList initiatives={data.items} goals={mobilisation.data?.goals ?? []} />}
      </QueryState>
    </>
  );
}
