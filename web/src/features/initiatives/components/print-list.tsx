import {
  type InitiativeSummary,
  initiativeStatuses,
  initiativeWords,
  type Mobilisation,
} from '@kraftsamling/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';
import { periodLabel } from '../lib/quarters';
import './print.css';

type Props = { initiatives: InitiativeSummary[]; goals: Mobilisation['goals'] };

/**
 * The initiative list laid out for paper: one block per initiative with its facts and participants as tables,
 * each initiative on a page of its own. While this page is open, printing leaves out the site's navigation.
 */
export function PrintList({ initiatives, goals }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.classList.add('print-layout');
    return () => document.documentElement.classList.remove('print-layout');
  }, []);
  // Each in the reader's language where the platform wrote it, and ordered by what the reader sees.
  const ordered = initiatives
    .map((initiative) => ({ ...initiative, ...initiativeWords(initiative, language) }))
    .sort(
      (a, b) =>
        initiativeStatuses.indexOf(a.status) - initiativeStatuses.indexOf(b.status) ||
        a.title.localeCompare(b.title, language),
    );
  const goalLine = (code: string) => {
    const goal = goals.find((g) => g.code === code);
    return goal ? `${code}: ${goalText(goal, language).text}` : code;
  };
  if (ordered.length === 0) return <p className="empty-state">{t('initiatives.noneListed')}</p>;
  return (
    <div className="print-list">
      {ordered.map((initiative, index) => (
        <section key={initiative.id} className="print-initiative" aria-labelledby={`print-${initiative.id}`}>
          <h2 id={`print-${initiative.id}`}>
            {index + 1}. {initiative.title}
          </h2>
          {initiative.description ? <p className="prose">{initiative.description}</p> : null}
          <table className="table print-table">
            <caption className="visually-hidden">
              {t('initiatives.printFacts', { title: initiative.title })}
            </caption>
            <tbody>
              <tr>
                <th scope="row">{t('initiatives.statusLabel')}</th>
                <td>{t(`initiatives.status.${initiative.status}`)}</td>
              </tr>
              <tr>
                <th scope="row">{t('initiatives.goals')}</th>
                <td>
                  {initiative.goals.length > 0
                    ? initiative.goals.map((code) => <div key={code}>{goalLine(code)}</div>)
                    : t('initiatives.noGoals')}
                </td>
              </tr>
              <tr>
                <th scope="row">{t('initiatives.period')}</th>
                <td>{periodLabel(initiative.period, t)}</td>
              </tr>
              <tr>
                <th scope="row">{t('initiatives.lead')}</th>
                <td>{initiative.lead?.name ?? t('initiatives.noLead')}</td>
              </tr>
              <tr>
                <th scope="row">{t('initiatives.linked')}</th>
                <td>
                  {t('initiatives.linkCounts', {
                    needs: t('counts.needs', { count: initiative.linkCounts.needs }),
                    offers: t('counts.offers', { count: initiative.linkCounts.offers }),
                    projects: t('counts.projects', { count: initiative.linkCounts.projects }),
                  })}
                </td>
              </tr>
            </tbody>
          </table>
          {initiative.participants.length > 0 ? (
            <table className="table print-table">
              <caption>
                {t('initiatives.participantsCount', { count: initiative.participants.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('initiatives.organisation')}</th>
                  <th scope="col">{t('initiatives.endorsementLabel')}</th>
                  <th scope="col">{t('initiatives.lead')}</th>
                </tr>
              </thead>
              <tbody>
                {initiative.participants.map((p) => (
                  <tr key={p.organisation.id}>
                    <th scope="row">{p.organisation.name}</th>
                    <td>{t(`initiatives.endorsement.${p.endorsement}`)}</td>
                    <td>{p.lead ? t('common.yes') : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('initiatives.noParticipants')}</p>
          )}
        </section>
      ))}
    </div>
  );
}
