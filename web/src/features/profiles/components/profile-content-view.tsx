import type { ItemStatus, ProfileContent, ProfileItem } from '@kraftsamling/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WrittenText } from '../../../components/ui/written-text';
import { useFormat } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText, targetGroupLabel } from '../../../lib/reference';
import type { GoalOption } from '../types';
import { ItemStateLine } from './item-state';

type ItemKind = 'need' | 'offer';
/** What may be done with an item, beside it (its state control, for those who may change it). */
export type ItemAction = (item: ProfileItem, kind: ItemKind, status: ItemStatus | undefined) => ReactNode;

function ItemList({
  items,
  empty,
  kind,
  statuses,
  action,
}: {
  items: readonly ProfileItem[];
  empty: string;
  kind: ItemKind;
  statuses: ReadonlyMap<string, ItemStatus>;
  action: ItemAction | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="point-list">
      {items.map((item) => {
        const status = statuses.get(item.id);
        return (
          <li
            key={item.id}
            className={`point-list__item${status && status.state !== 'open' ? ' point-list__item--closed' : ''}`}
          >
            <WrittenText as="p" className="prose" text={item.text} />
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
            {status && status.state !== 'open' ? <ItemStateLine status={status} kind={kind} /> : null}
            {action ? action(item, kind, status) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** One of the four points: its number and heading, then what the organisation wrote. */
function Point({
  id,
  number,
  children,
}: {
  id: 'goals' | 'projects' | 'needs' | 'offers';
  number: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="point" aria-labelledby={`point-${id}`}>
      <h2 id={`point-${id}`}>
        <span className="point__number" aria-hidden="true">
          {number}
        </span>
        {t(`points.${id}`)}
      </h2>
      {children}
    </section>
  );
}

type Props = {
  content: ProfileContent;
  goals: readonly GoalOption[];
  /** The current items that are no longer open (the organisation's page; not for earlier revisions). */
  closedItems?: readonly ItemStatus[];
  itemAction?: ItemAction;
};

/** The four points, read-only: on the organisation's page and for any earlier revision. */
export function ProfileContentView({ content, goals, closedItems = [], itemAction }: Props) {
  const { t } = useTranslation();
  const statuses = new Map(closedItems.map((s) => [s.itemId, s]));
  const format = useFormat();
  const language = useLanguage();
  return (
    <div className="four-points">
      <Point id="goals" number={1}>
        {content.goals ? (
          <WrittenText as="p" className="prose" text={content.goals} />
        ) : (
          <p className="muted">{t('profile.noGoals')}</p>
        )}
      </Point>

      <Point id="projects" number={2}>
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
                  <WrittenText
                    as="h3"
                    className="project__title"
                    text={project.title}
                    about={`${project.title}\n${project.description}`}
                  />
                  {period ? (
                    <p className="meta-line">
                      <span className="meta-line__label">{t('profile.projectPeriod')}:</span> {period}
                    </p>
                  ) : null}
                  {project.description ? (
                    <WrittenText as="p" className="prose" text={project.description} />
                  ) : null}
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
      </Point>

      <Point id="needs" number={3}>
        <ItemList
          items={content.needs}
          empty={t('profile.noNeeds')}
          kind="need"
          statuses={statuses}
          action={itemAction}
        />
      </Point>

      <Point id="offers" number={4}>
        <ItemList
          items={content.offers}
          empty={t('profile.noOffers')}
          kind="offer"
          statuses={statuses}
          action={itemAction}
        />
      </Point>
    </div>
  );
}
