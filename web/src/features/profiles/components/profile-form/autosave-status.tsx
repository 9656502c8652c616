import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format';
import type { SaveState } from '../../hooks/use-draft-autosave';

type Props = {
  state: SaveState;
  savedAt: Date | null;
  /** When the stored draft was last saved before this visit, if it has ever been. */
  draftUpdatedAt: string | null;
  onRetry: () => void;
};

const tone: Record<SaveState, 'neutral' | 'busy' | 'ok' | 'problem'> = {
  idle: 'neutral',
  pending: 'busy',
  saving: 'busy',
  saved: 'ok',
  error: 'problem',
  invalid: 'problem',
  conflict: 'problem',
};

/** One polite live region: "Sparar…", "Sparat 10:42", "Kunde inte spara". */
export function AutosaveStatus({ state, savedAt, draftUpdatedAt, onRetry }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (() => {
    switch (state) {
      case 'pending':
      case 'saving':
        return t('autosave.saving');
      case 'saved':
        return savedAt ? t('autosave.saved', { time: format.time(savedAt) }) : t('autosave.idle');
      case 'error':
        return t('autosave.error');
      case 'invalid':
        return t('autosave.invalid');
      case 'conflict':
        return t('autosave.conflict');
      default:
        return draftUpdatedAt
          ? t('autosave.savedEarlier', { date: format.dateTime(draftUpdatedAt) })
          : t('autosave.idle');
    }
  })();
  return (
    <div className={`autosave autosave--${tone[state]}`}>
      <span className="autosave__icon" aria-hidden="true" />
      <p className="autosave__text" role="status">
        {text}
      </p>
      {state === 'error' ? (
        <button type="button" className="button button--small button--secondary" onClick={onRetry}>
          {t('autosave.retry')}
        </button>
      ) : null}
    </div>
  );
}
