import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { reloadInitiatives } from '../api/get-initiative';

export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'VERSION_CONFLICT';
}

type Props = { error: unknown; mobilisationId: string; onReloaded?: () => void };

/**
 * A change the server refused. Someone else's change in between (409) is said plainly, with a way to load the
 * latest version and try again; anything else is explained in the person's language.
 */
export function ChangeError({ error, mobilisationId, onReloaded }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (isVersionConflict(error)) {
    return (
      <div className="notice notice--warning initiative-conflict" role="alert">
        <span className="notice__icon" aria-hidden="true">
          !
        </span>
        <div className="notice__body">
          <p className="notice__title">{t('initiatives.conflictTitle')}</p>
          <p>{t('initiatives.conflictBody')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={async () => {
              await reloadInitiatives(queryClient, mobilisationId);
              onReloaded?.();
            }}
          >
            {t('initiatives.reload')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <p className="field__error" role="alert">
      {errorMessage(error, t)}
    </p>
  );
}
