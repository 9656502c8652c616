import type { Initiative, Mobilisation } from '@kraftsamling/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { shorten } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useCorrectProjectGoal } from '../api/correct-project-goal';

// A linked item as the details list passes it: a project's goal is always there (null when none).
type LinkedProject = Omit<Initiative['links']['projects'][number], 'goal'> & {
  goal?: string | null | undefined;
};

/**
 * A coordinator sets which overall goal a linked project serves, or leaves it to the platform again. Retired
 * goals are offered only where the project already has one.
 */
export function ProjectGoalControl({
  initiative,
  project,
  goals,
}: {
  initiative: Initiative;
  project: LinkedProject;
  goals: Mobilisation['goals'];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const correct = useCorrectProjectGoal(initiative.mobilisationId, initiative.id);
  const [choice, setChoice] = useState(project.goal ?? '');
  const [saved, setSaved] = useState(false);
  if (project.withdrawn) return null;
  const short = shorten(project.text);
  const choosable = goals.filter((g) => !g.retired || g.code === project.goal);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    correct.mutate(
      { projectId: project.id, goal: choice === '' ? null : choice },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <form className="initiative-link__action project-goal" onSubmit={onSubmit}>
      <label className="project-goal__label" htmlFor={`${id}-goal`}>
        {t('initiatives.projectGoal.label', { text: short })}
      </label>
      <select id={`${id}-goal`} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('initiatives.projectGoal.platform')}</option>
        {choosable.map((g) => (
          <option key={g.code} value={g.code}>
            {g.code}: {language === 'en' ? g.en || g.sv : g.sv}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary button--small" disabled={correct.isPending}>
        {t('initiatives.projectGoal.save')}
      </button>
      <p role="status" className="muted">
        {saved ? t('initiatives.projectGoal.saved') : ''}
      </p>
      {correct.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(correct.error, t)}
        </p>
      ) : null}
    </form>
  );
}
