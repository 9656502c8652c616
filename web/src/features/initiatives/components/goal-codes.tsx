import type { Mobilisation } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';

type Props = { codes: readonly string[]; goals: Mobilisation['goals']; full?: boolean };

/** The overall goals an initiative serves: code and text, in the chosen language when it has one. */
export function GoalCodes({ codes, goals, full = false }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (codes.length === 0) return <span className="muted">{t('initiatives.noGoals')}</span>;
  return (
    <ul className={full ? 'goal-list goal-list--compact' : 'initiative-goals'}>
      {codes.map((code) => {
        const goal = goals.find((g) => g.code === code);
        const text = goal ? goalText(goal, language) : null;
        return (
          <li key={code} className={full ? 'goal-list__item' : undefined}>
            <span className="goal-code">{code}</span>{' '}
            {text ? <span {...(text.lang !== language ? { lang: text.lang } : {})}>{text.text}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
