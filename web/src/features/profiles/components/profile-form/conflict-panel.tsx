import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  currentVersion: number | undefined;
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
};

/** Someone else saved in between: say so plainly and let the person decide whose version wins. */
export function ConflictPanel({ currentVersion, busy, onReload, onOverwrite }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="conflict" role="alert" tabIndex={-1} aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict__title">
        {t('conflict.title')}
      </h2>
      <p>
        {currentVersion === undefined
          ? t('conflict.bodyNoVersion')
          : t('conflict.body', { version: currentVersion })}
      </p>
      <div className="conflict__choices">
        <div className="conflict__choice">
          <button
            type="button"
            className="button button--secondary"
            onClick={onReload}
            disabled={busy}
            aria-describedby="conflict-reload-hint"
          >
            {t('conflict.reload')}
          </button>
          <p id="conflict-reload-hint" className="field__hint">
            {t('conflict.reloadHint')}
          </p>
        </div>
        <div className="conflict__choice">
          <button
            type="button"
            className="button"
            onClick={onOverwrite}
            disabled={busy}
            aria-describedby="conflict-overwrite-hint"
          >
            {t('conflict.overwrite')}
          </button>
          <p id="conflict-overwrite-hint" className="field__hint">
            {t('conflict.overwriteHint')}
          </p>
        </div>
      </div>
    </div>
  );
}
