import type { FieldError } from '@kraftsamling/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api-error';
import { errorMessage } from '../../lib/error-message';
import { Notice } from './notice';

/** How a save of a versioned form ended, as the notice under its button says it. */
export type SaveOutcome = { saved: string } | { conflict: string } | { error: string } | null;

/**
 * A failed save: someone else saved first (the form offers a reload), field errors for the form to show, or a
 * message.
 */
export function failedSave(
  error: unknown,
  t: TFunction,
  conflict: string,
): { outcome: SaveOutcome; fields: FieldError[] } {
  if (isApiError(error) && error.code === 'VERSION_CONFLICT') return { outcome: { conflict }, fields: [] };
  if (isApiError(error) && error.fields?.length) return { outcome: null, fields: error.fields };
  return { outcome: { error: errorMessage(error, t) }, fields: [] };
}

export function SaveOutcomeNotice({
  outcome,
  reload,
  onReload,
}: {
  outcome: SaveOutcome;
  reload: string;
  onReload: () => void;
}) {
  if (!outcome) return null;
  if ('saved' in outcome)
    return (
      <Notice tone="success" role="status">
        <p>{outcome.saved}</p>
      </Notice>
    );
  if ('conflict' in outcome)
    return (
      <Notice tone="warning" role="alert">
        <p>{outcome.conflict}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {reload}
        </button>
      </Notice>
    );
  return (
    <Notice tone="error" role="alert">
      <p>{outcome.error}</p>
    </Notice>
  );
}
