import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { CurrencyLinkAnswer } from '../../features/profiles/components/currency-link-answer';

/** `/current/:token`, the confirm link in a reminder mail: works without signing in, for that one answer. */
export function CurrencyLinkPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('currency.pageTitle') }]} />
      <PageHeading>{t('currency.pageTitle')}</PageHeading>
      <div className="narrow">
        <CurrencyLinkAnswer token={token} />
      </div>
    </>
  );
}
