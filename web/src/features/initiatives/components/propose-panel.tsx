import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useProposeInitiatives } from '../api/propose-initiatives';

/** "Låt plattformen föreslå initiativ", and what came of it, announced when it arrives. */
export function ProposePanel({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const propose = useProposeInitiatives(mobilisationId);
  return (
    <section className="panel initiative-propose" aria-labelledby="propose-heading">
      <h2 id="propose-heading" className="panel__title">
        {t('initiatives.proposeHeading')}
      </h2>
      <p className="muted">{t('initiatives.proposeIntro')}</p>
      <p className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={propose.isPending || undefined}
          onClick={() => {
            if (!propose.isPending) propose.mutate();
          }}
        >
          {propose.isPending ? t('initiatives.proposing') : t('initiatives.propose')}
        </button>
      </p>
      <div role="status" className="initiative-propose__outcome">
        {propose.data ? (
          <p className="notice notice--success">
            {t('initiatives.proposeOutcome', {
              created: propose.data.created,
              updated: propose.data.updated,
              projects: propose.data.projectsLinked,
            })}
          </p>
        ) : null}
      </div>
      {propose.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(propose.error, t)}
        </p>
      ) : null}
    </section>
  );
}
