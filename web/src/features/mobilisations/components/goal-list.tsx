import type { Mobilisation } from '@kraftsamling/shared';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';

type Goal = Mobilisation['goals'][number];

/** The mobilisation's active overall goals with their codes, which profiles and initiatives refer to. */
export function GoalList({ goals }: { goals: readonly Goal[] }) {
  const language = useLanguage();
  return (
    <ul className="goal-list">
      {goals
        .filter((goal) => !goal.retired)
        .map((goal) => {
          const { text, lang } = goalText(goal, language);
          return (
            <li key={goal.code} className="goal-list__item">
              <span className="goal-code">{goal.code}</span>
              <span {...(lang !== language ? { lang } : {})}>{text}</span>
            </li>
          );
        })}
    </ul>
  );
}
