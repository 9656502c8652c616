import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { errorMessage } from '../../lib/error-message';

/** Whatever a page throws while rendering (or a page's code failing to load) ends here, never on a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>{t('notFound.body')}</p>
        <Link to="/">{t('notFound.home')}</Link>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('errors.title')}</PageHeading>
      <div className="notice notice--error" role="alert">
        <p>{errorMessage(error, t)}</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('errors.reloadPage')}
        </button>
      </div>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/** The outermost boundary: the shell itself failed, so the error brings its own main landmark. */
export function RootError() {
  return (
    <main id="main" className="page">
      <div className="container">
        <RouteError />
      </div>
    </main>
  );
}
