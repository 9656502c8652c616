import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath } from '../../lib/access';
import { isForbidden, isUnauthenticated } from '../../lib/api-error';
import { errorMessage } from '../../lib/error-message';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** The server refused: signed in, but without a role that may see this. Trying again will not help. */
export function NoAccess({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert">
      <span className="notice__icon" aria-hidden="true">
        !
      </span>
      <div className="notice__body">
        <h2 className="notice__title">{t('access.noAccessTitle')}</h2>
        {children ?? <p>{t('access.noAccessBody')}</p>}
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    </div>
  );
}

/** Not signed in: the app is on its way to the sign-in page; until then, say so with a link. */
export function SignInRequired() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="notice notice--info" role="alert">
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <div className="notice__body">
        <h2 className="notice__title">{t('access.signInTitle')}</h2>
        <p>
          <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('auth.signIn')}</Link>
        </p>
      </div>
    </div>
  );
}

type QueryErrorProps = { error: unknown; onRetry?: () => void; title?: string };

/** A failed load says what happened and offers to try again: never a blank area. */
export function QueryError({ error, onRetry, title }: QueryErrorProps) {
  const { t } = useTranslation();
  if (isForbidden(error)) return <NoAccess />;
  if (isUnauthenticated(error)) return <SignInRequired />;
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{title ?? t('errors.loadFailed')}</h2>
      <p>{errorMessage(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

type QueryStateProps<T> = {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loadingLabel?: string;
  errorTitle?: string;
};

/** Renders a query's data, or its loading or error state with a way to retry. */
export function QueryState<T>({ query, children, loadingLabel, errorTitle }: QueryStateProps<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <QueryError
        error={query.error}
        onRetry={() => void query.refetch()}
        {...(errorTitle ? { title: errorTitle } : {})}
      />
    );
  }
  return <Loading {...(loadingLabel ? { label: loadingLabel } : {})} />;
}
