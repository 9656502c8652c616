import type { GoalUsage } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, FieldErrorText } from '../../../components/ui/field';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import { type GoalDraft, newGoal } from '../lib/mobilisation-values';

type Props = {
  goals: GoalDraft[];
  errors: FieldErrors;
  /** What uses each stored goal (settings only): a goal in use is retired, never removed. */
  usage?: GoalUsage['items'];
  onChange: (goals: GoalDraft[]) => void;
};

/** The mobilisation's overall goals: texts in both languages, order, retiring and removing. */
export function GoalsEditor({ goals, errors, usage = [], onChange }: Props) {
  const { t } = useTranslation();
  const usageOf = new Map(usage.map((u) => [u.code, u]));
  const set = (index: number, patch: Partial<GoalDraft>) =>
    onChange(goals.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...goals];
    const [goal] = next.splice(index, 1);
    if (goal) next.splice(index + by, 0, goal);
    onChange(next);
  };
  const listErrors = errors.goals ?? [];

  return (
    <div className="goals-editor" id="mobilisation-goals" tabIndex={-1}>
      <FieldErrorText id="mobilisation-goals-error" errors={listErrors} />
      {goals.map((goal, index) => {
        const used = usageOf.get(goal.code);
        const uses = used ? used.initiatives.length + used.projects : 0;
        const id = (field: string) => `goal-${goal.key}-${field}`;
        const label = goal.code || String(index + 1);
        return (
          <fieldset
            key={goal.key}
            className={`fieldset goal-editor${goal.retired ? ' goal-editor--retired' : ''}`}
          >
            <legend className="field__label">
              {t('mobilisationSettings.goals.legend', { code: label })}
            </legend>
            {goal.stored ? null : (
              <Field
                id={id('code')}
                label={t('mobilisationSettings.goals.code')}
                hint={t('mobilisationSettings.goals.codeHint')}
                errors={errorsFor(errors, `goals.${index}.code`)}
              >
                {(control) => (
                  <input
                    {...control}
                    className="input input--short"
                    type="text"
                    value={goal.code}
                    onChange={(event) => set(index, { code: event.target.value })}
                  />
                )}
              </Field>
            )}
            <Field
              id={id('sv')}
              label={t('mobilisationSettings.goals.sv')}
              errors={errorsFor(errors, `goals.${index}.sv`)}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="text"
                  lang="sv"
                  value={goal.sv}
                  onChange={(event) => set(index, { sv: event.target.value })}
                />
              )}
            </Field>
            <Field
              id={id('en')}
              label={t('mobilisationSettings.goals.en')}
              errors={errorsFor(errors, `goals.${index}.en`)}
              optional
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="text"
                  lang="en"
                  value={goal.en}
                  onChange={(event) => set(index, { en: event.target.value })}
                />
              )}
            </Field>
            {goal.retired ? <p className="muted">{t('mobilisationSettings.goals.retired')}</p> : null}
            {used && uses > 0 ? (
              <div className="goal-editor__usage">
                <p id={id('usage')}>{t('mobilisationSettings.goals.usedBy', { count: uses })}</p>
                <ul>
                  {used.initiatives.map((i) => (
                    <li key={i.id}>
                      <Link to={`/initiatives/${i.id}`}>{i.title}</Link>
                    </li>
                  ))}
                  {used.projects > 0 ? (
                    <li>{t('mobilisationSettings.goals.projects', { count: used.projects })}</li>
                  ) : null}
                </ul>
              </div>
            ) : null}
            <div className="goal-editor__actions">
              <button
                type="button"
                className="button button--quiet"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('mobilisationSettings.goals.moveUp', { code: label })}
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={index === goals.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('mobilisationSettings.goals.moveDown', { code: label })}
              </button>
              {goal.stored ? (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => set(index, { retired: !goal.retired })}
                >
                  {t(`mobilisationSettings.goals.${goal.retired ? 'restore' : 'retire'}`, { code: label })}
                </button>
              ) : null}
              {uses > 0 ? (
                <p className="muted">{t('mobilisationSettings.goals.inUseHint')}</p>
              ) : (
                <button
                  type="button"
                  className="button button--quiet button--remove"
                  disabled={goals.length === 1}
                  onClick={() => onChange(goals.filter((_, i) => i !== index))}
                >
                  {t('mobilisationSettings.goals.remove', { code: label })}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...goals, newGoal(goals)])}
      >
        {t('mobilisationSettings.goals.add')}
      </button>
    </div>
  );
}
