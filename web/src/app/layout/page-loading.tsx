import { useTranslation } from 'react-i18next';

/** Shown while the first page's code arrives; plain markup, because the shell itself may not be ready yet. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading loading--page" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('app.loadingPage')}
    </p>
  );
}
