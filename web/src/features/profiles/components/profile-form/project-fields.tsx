import type { ProfileProject } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxGroup,
  describedBy,
  Field,
  FieldErrorText,
  OptionalMarker,
} from '../../../../components/ui/field';
import { useLanguage } from '../../../../lib/i18n/use-language';
import { choosableGoals, goalText } from '../../../../lib/reference';
import { errorsFor, type FieldErrors } from '../../../../lib/validation';
import type { GoalOption } from '../../types';
import { projectFieldId } from './field-paths';

type Props = {
  project: ProfileProject;
  index: number;
  goals: readonly GoalOption[];
  errors: FieldErrors;
  onChange: (project: ProfileProject) => void;
  onRemove: () => void;
};

export function ProjectFields({ project, index, goals, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const path = `projects.${index}`;
  const number = index + 1;
  const id = (field: Parameters<typeof projectFieldId>[1]) => projectFieldId(project.id, field);
  const [held] = useState(project.goals);
  const offered = choosableGoals(goals, held);
  const startErrors = errorsFor(errors, `${path}.period.start`);
  const endErrors = errorsFor(errors, `${path}.period.end`);
  const periodId = `project-${project.id}-period`;

  const month = (which: 'start' | 'end', fieldErrors: string[]) => {
    const fieldId = id(which === 'start' ? 'period-start' : 'period-end');
    return (
      <div
        className={['field', 'field--inline', fieldErrors.length ? 'field--error' : '']
          .filter(Boolean)
          .join(' ')}
      >
        <label className="field__label field__label--small" htmlFor={fieldId}>
          {which === 'start' ? t('form.periodStart') : t('form.periodEnd')}
        </label>
        <FieldErrorText id={`${fieldId}-error`} errors={fieldErrors} />
        <input
          id={fieldId}
          className="input input--month"
          type="month"
          placeholder={t('form.monthPlaceholder')}
          value={project.period[which] ?? ''}
          aria-describedby={describedBy(fieldId, false, fieldErrors.length > 0) ?? `${periodId}-hint`}
          {...(fieldErrors.length ? { 'aria-invalid': true as const } : {})}
          onChange={(event) =>
            onChange({ ...project, period: { ...project.period, [which]: event.target.value || null } })
          }
        />
      </div>
    );
  };

  return (
    <fieldset className="item-card">
      <legend className="item-card__legend">{t('form.project', { number })}</legend>
      <Field
        id={id('title')}
        label={t('form.projectTitle')}
        errors={[
          ...errorsFor(errors, `${path}.title`),
          ...(errors[`${path}.id`] ?? []),
          ...(errors[path] ?? []),
        ]}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            value={project.title}
            onChange={(event) => onChange({ ...project, title: event.target.value })}
          />
        )}
      </Field>
      <Field
        id={id('description')}
        label={t('form.projectDescription')}
        errors={errorsFor(errors, `${path}.description`)}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={4}
            value={project.description}
            onChange={(event) => onChange({ ...project, description: event.target.value })}
          />
        )}
      </Field>
      <fieldset className="fieldset period" aria-describedby={`${periodId}-hint`}>
        <legend className="field__label">
          {t('profile.projectPeriod')}
          <OptionalMarker />
        </legend>
        <p className="field__hint" id={`${periodId}-hint`}>
          {t('form.monthHint')}
        </p>
        <div className="period__fields">
          {month('start', startErrors)}
          {month('end', endErrors)}
        </div>
      </fieldset>
      {offered.length > 0 ? (
        <CheckboxGroup
          id={id('goals')}
          legend={t('form.projectGoals')}
          optional
          errors={errorsFor(errors, `${path}.goals`)}
          options={offered.map((goal) => {
            const { text, lang } = goalText(goal, language);
            return {
              value: goal.code,
              label: `${goal.code} – ${text}`,
              ...(lang !== language ? { lang } : {}),
            };
          })}
          value={project.goals}
          onChange={(selected) => onChange({ ...project, goals: selected })}
        />
      ) : null}
      <div className="item-card__actions">
        <button type="button" className="button button--quiet button--remove" onClick={onRemove}>
          {t('form.removeProject', { number })}
        </button>
      </div>
    </fieldset>
  );
}
