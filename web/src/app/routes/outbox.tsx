import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { OutboxList } from '../../features/outbox/components/outbox-list';

/** For platform administrators: the outbox. */
export function OutboxPage() {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('outbox.title') }]} />
      <PageHeading>{t('outbox.title')}</PageHeading>
      <p className="lead">{t('outbox.intro')}</p>
      <OutboxList />
    </>
  );
}
