import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What every control needs to be announced with its hint and errors. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

export function describedBy(id: string, hasHint: boolean, hasErrors: boolean): string | undefined {
  const ids = [hasErrors ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldErrorText({ id, errors }: { id: string; errors: readonly string[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('errorSummary.title')}: </span>
      {errors.map((error) => (
        <span key={error} className="field__error-line">
          <span aria-hidden="true" className="field__error-icon">
            !
          </span>
          {error}
        </span>
      ))}
    </p>
  );
}

export function OptionalMarker() {
  const { t } = useTranslation();
  return <span className="field__optional"> ({t('common.optional')})</span>;
}

/** A label, an optional hint, the field's errors, and the control wired to all three. */
export function Field({ id, label, hint, errors = [], optional, className, children }: FieldProps) {
  const hasErrors = errors.length > 0;
  const describedby = describedBy(id, Boolean(hint), hasErrors);
  return (
    <div className={['field', hasErrors ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <OptionalMarker /> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={`${id}-error`} errors={errors} />
      {children({
        id,
        ...(describedby ? { 'aria-describedby': describedby } : {}),
        ...(hasErrors ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

type Option<V extends string> = { value: V; label: string; lang?: string };

type CheckboxGroupProps<V extends string> = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  optional?: boolean;
  options: readonly Option<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
};

/** Checkboxes under one legend; the fieldset takes focus when an error summary links to it. */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  hint,
  errors = [],
  optional,
  options,
  value,
  onChange,
}: CheckboxGroupProps<V>) {
  const hasErrors = errors.length > 0;
  const describedby = describedBy(id, Boolean(hint), hasErrors);
  const toggle = (option: V, checked: boolean) => {
    // Keep the reference order so the saved value does not depend on the order of clicks.
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['fieldset', 'checkbox-group', hasErrors ? 'field--error' : ''].filter(Boolean).join(' ')}
      {...(describedby ? { 'aria-describedby': describedby } : {})}
    >
      <legend className="field__label">
        {legend}
        {optional ? <OptionalMarker /> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={`${id}-error`} errors={errors} />
      <div className="checkbox-group__options">
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={optionId}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                {...(hasErrors ? { 'aria-invalid': true as const } : {})}
              />
              <label htmlFor={optionId} {...(option.lang ? { lang: option.lang } : {})}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
