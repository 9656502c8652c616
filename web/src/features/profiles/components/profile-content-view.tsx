import type { ProfileContent, ProfileItem } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText, targetGroupLabel } from '../../../lib/reference';
import type { GoalOption } from '../types';

function ItemList({ items, empty }: { items: readonly ProfileItem[]; empty: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="point-list">
      {items.map((item) => (
        <li key={item.id} className="point-list__item">
          <p className="prose">{item.text}</p>
          {item.targetGroups.length > 0 ? (
            <p className="tag-line">
              <span className="tag-line__label">{t('profile.targetGroups')}:</span>{' '}
              {item.targetGroups.map((group) => targetGroupLabel(group, language)).join(', ')}
            </p>
          ) : null}
          {item.themes.length > 0 ? (
            <p className="tag-line">
              <span className="tag-line__label">{t('profile.themes')}:</span>{' '}
              {item.themes.map((theme) => (
                <span key={theme} className="tag">
                  {theme}
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

type Props = { content: ProfileContent; goals: readonly GoalOption[] };

/** The four points, read-only: on the organisation's page and for any earlier revision. */
export function ProfileContentView({ content, goals }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  return (
    <div className="four-points">
      <section className="point" aria-labelledby="point-goals">
        <h2 id="point-goals">
          <span className="point__number" aria-hidden="true">
            1
          </span>
          {t('points.goals')}
        </h2>
        {content.goals ? (
          <p className="prose">{content.goals}</p>
        ) : (
          <p className="muted">{t('profile.noGoals')}</p>
        )}
      </section>

      <section className="point" aria-labelledby="point-projects">
        <h2 id="point-projects">
          <span className="point__number" aria-hidden="true">
            2
          </span>
          {t('points.projects')}
        </h2>
        {content.projects.length === 0 ? (
          <p className="muted">{t('profile.noProjects')}</p>
        ) : (
          <ul className="project-list">
            {content.projects.map((project) => {
              const period = format.period(project.period.start, project.period.end);
              const served = project.goals.map((code) => {
                const goal = goals.find((g) => g.code === code);
                return { code, ...(goal ? goalText(goal, language) : { text: '', lang: language }) };
              });
              return (
                <li key={project.id} className="project">
                  <h3 className="project__title">{project.title}</h3>
                  {period ? (
                    <p className="meta-line">
                      <span className="meta-line__label">{t('profile.projectPeriod')}:</span> {period}
                    </p>
                  ) : null}
                  {project.description ? <p className="prose">{project.description}</p> : null}
                  {served.length > 0 ? (
                    <div className="project__goals">
                      <p className="tag-line__label">{t('profile.servesGoals')}:</p>
                      <ul className="goal-list goal-list--compact">
                        {served.map((goal) => (
                          <li key={goal.code} className="goal-list__item">
                            <span className="goal-code">{goal.code}</span>
                            {goal.text ? (
                              <span {...(goal.lang !== language ? { lang: goal.lang } : {})}>
                                {goal.text}
                              </span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="point" aria-labelledby="point-needs">
        <h2 id="point-needs">
          <span className="point__number" aria-hidden="true">
            3
          </span>
          {t('points.needs')}
        </h2>
        <ItemList items={content.needs} empty={t('profile.noNeeds')} />
      </section>

      <section className="point" aria-labelledby="point-offers">
        <h2 id="point-offers">
          <span className="point__number" aria-hidden="true">
            4
          </span>
          {t('points.offers')}
        </h2>
        <ItemList items={content.offers} empty={t('profile.noOffers')} />
      </section>
    </div>
  );
}
