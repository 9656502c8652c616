import { type Endorsement, endorsements, type Initiative } from '@kraftsamling/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useSetEndorsement } from '../api/set-endorsement';

type Props = { initiative: Initiative; organisationId: string };

/**
 * A participating organisation's own answer on the initiative, given by one of its members: still invited,
 * endorsed in its own organisation (förankrad), or declined.
 */
export function EndorsementControl({ initiative, organisationId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const participant = initiative.participants.find((p) => p.organisation.id === organisationId);
  const [value, setValue] = useState<Endorsement>(participant?.endorsement ?? 'inbjuden');
  const save = useSetEndorsement(initiative.id);
  if (!participant) return null;
  const name = participant.organisation.name;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ organisationId, endorsement: value });
  };

  return (
    <section className="panel endorsement-control" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('initiatives.endorseHeading', { name })}
      </h2>
      <form onSubmit={submit}>
        <fieldset className="fieldset radio-list">
          <legend className="field__label">{t('initiatives.endorseLegend', { name })}</legend>
          {endorsements.map((option) => (
            <div key={option} className="checkbox">
              <input
                type="radio"
                id={`${id}-${option}`}
                name={`${id}-endorsement`}
                value={option}
                checked={value === option}
                onChange={() => setValue(option)}
                aria-describedby={`${id}-${option}-hint`}
              />
              <label htmlFor={`${id}-${option}`}>
                <span className="radio-list__label">{t(`initiatives.endorsement.${option}`)}</span>
                <span id={`${id}-${option}-hint`} className="radio-list__hint">
                  {t(`initiatives.endorsementHint.${option}`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <p className="button-row">
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('initiatives.form.saving') : t('initiatives.endorseSave')}
          </button>
        </p>
      </form>
      <div role="status">
        {save.isSuccess ? (
          <p className="notice notice--success">
            {t('initiatives.endorseSaved', {
              name,
              endorsement: t(
                `initiatives.endorsement.${save.data.participants.find((p) => p.organisation.id === organisationId)?.endorsement ?? value}`,
              ),
            })}
          </p>
        ) : null}
      </div>
      {save.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
    </section>
  );
}
