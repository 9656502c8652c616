import { useTranslation } from 'react-i18next';

type Props = { pending: boolean; submitLabel: string; onCancel: () => void };

/** A panel's submit and cancel buttons; the submit says it is working while the change is sent. */
export function PanelButtons({ pending, submitLabel, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <p className="button-row">
      <button type="submit" className="button button--small" aria-disabled={pending || undefined}>
        {pending ? t('initiatives.working') : submitLabel}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </p>
  );
}
