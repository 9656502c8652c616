import { useTranslation } from 'react-i18next';
import { Field, FieldErrorText } from '../../../components/ui/field';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import type { MobilisationValues } from '../lib/mobilisation-values';

type Props = {
  values: MobilisationValues;
  errors: FieldErrors;
  /** The slug is chosen once, when the mobilisation is started: addresses and links use it. */
  withSlug: boolean;
  onChange: (patch: Partial<MobilisationValues>) => void;
};

/** A mobilisation's name, description, period and openness, as both its start and its settings edit them. */
export function MobilisationFields({ values, errors, withSlug, onChange }: Props) {
  const { t } = useTranslation();
  const accessErrors = errorsFor(errors, 'publicAccess');
  return (
    <>
      <Field id="mobilisation-name" label={t('mobilisationSettings.name')} errors={errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            value={values.name}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      {withSlug ? (
        <Field
          id="mobilisation-slug"
          label={t('mobilisationSettings.slug')}
          hint={t('mobilisationSettings.slugHint')}
          errors={errors.slug}
        >
          {(control) => (
            <input
              {...control}
              className="input input--short"
              type="text"
              autoCapitalize="off"
              spellCheck={false}
              value={values.slug}
              onChange={(event) => onChange({ slug: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      <Field
        id="mobilisation-description"
        label={t('mobilisationSettings.description')}
        errors={errors.description}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={4}
            value={values.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        )}
      </Field>
      <div className="period__fields">
        {(['periodStart', 'periodEnd'] as const).map((key) => (
          <Field
            key={key}
            id={`mobilisation-${key}`}
            label={t(`mobilisationSettings.${key}`)}
            hint={t('mobilisationSettings.periodHint')}
            errors={errors[key]}
            optional
          >
            {(control) => (
              <input
                {...control}
                className="input input--short"
                type="text"
                inputMode="numeric"
                placeholder="ÅÅÅÅ-MM"
                value={values[key]}
                onChange={(event) => onChange({ [key]: event.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
      <Field
        id="mobilisation-currencyMonths"
        label={t('mobilisationSettings.currencyMonths')}
        hint={t('mobilisationSettings.currencyMonthsHint')}
        errors={errors.currencyMonths}
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="text"
            inputMode="numeric"
            value={values.currencyMonths}
            onChange={(event) => onChange({ currencyMonths: event.target.value })}
          />
        )}
      </Field>
      <fieldset
        className={['fieldset', accessErrors.length ? 'field--error' : ''].filter(Boolean).join(' ')}
        id="mobilisation-publicAccess"
        tabIndex={-1}
      >
        <legend className="field__label">{t('mobilisationSettings.publicAccess')}</legend>
        <FieldErrorText id="mobilisation-publicAccess-error" errors={accessErrors} />
        <div className="radio-list">
          {(['profiles', 'none'] as const).map((access) => (
            <div className="checkbox" key={access}>
              <input
                type="radio"
                id={`mobilisation-access-${access}`}
                name="mobilisation-access"
                checked={values.publicAccess === access}
                onChange={() => onChange({ publicAccess: access })}
              />
              <label htmlFor={`mobilisation-access-${access}`} className="radio-list__label">
                {t(`mobilisationSettings.access.${access}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}
