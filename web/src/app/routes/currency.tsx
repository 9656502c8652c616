import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { CurrencyTable } from '../../features/overview/components/currency-table';
import { isNotFound } from '../../lib/api-error';
import { CoordinatorsOnly } from '../layout/coordinators-only';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** For coordinators: whether the organisations' entries are current, and reminder rounds. */
export function CurrencyPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={mobilisation.data?.name}
        title={t('currency.overviewTitle')}
      />
      <CoordinatorsOnly mobilisationId={mobilisationId} refusal={t('currency.coordinatorsOnly')}>
        <CurrencyTable mobilisationId={mobilisationId} />
      </CoordinatorsOnly>
    </>
  );
}
