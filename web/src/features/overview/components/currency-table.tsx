import type { CurrencyRound } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useCurrencyOverview } from '../api/get-currency-overview';
import { useSendCurrencyReminders } from '../api/send-currency-reminders';

/**
 * For coordinators: per organisation how many entries are current, due soon and lapsed, when its members
 * were last asked, and a reminder round to one organisation or to all.
 */
export function CurrencyTable({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useCurrencyOverview(mobilisationId);
  const send = useSendCurrencyReminders(mobilisationId);
  const [round, setRound] = useState<CurrencyRound | null>(null);
  const remind = (organisationId: string | null) => {
    setRound(null);
    send.mutate(organisationId, { onSuccess: setRound });
  };

  return (
    <QueryState query={overview}>
      {(data) => (
        <>
          <p className="lead">{t('currency.overviewIntro', { count: data.currencyMonths })}</p>
          <p>
            {t('currency.dueDays', { count: data.dueDays })}{' '}
            <Link to={`/m/${mobilisationId}/settings`}>{t('currency.settingsLink')}</Link>
          </p>
          <h2>{t('currency.totals')}</h2>
          <dl className="stats">
            {(['current', 'due', 'lapsed'] as const).map((key) => (
              <div className="stats__item" key={key}>
                <dt className="stats__label">{t(`currency.columns.${key}`)}</dt>
                <dd className="stats__value">{format.number(data.totals[key])}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('currency.remindHint')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={send.isPending || data.organisations.length === 0}
              onClick={() => remind(null)}
            >
              {t('currency.remindAll')}
            </button>
          </div>
          <div role="status">
            {round ? (
              <p>
                {t('currency.roundSent', { count: round.people })}{' '}
                {round.recentlyMailed > 0
                  ? t('currency.roundSkipped', { count: round.recentlyMailed })
                  : null}
              </p>
            ) : null}
          </div>
          {send.isError ? (
            <Notice tone="error" role="alert" title={t('currency.roundFailed')}>
              <p>{errorMessage(send.error, t)}</p>
            </Notice>
          ) : null}
          {data.organisations.length === 0 ? (
            <p className="empty-state">{t('currency.emptyOverview')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <caption className="visually-hidden">{t('currency.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('currency.columns.organisation')}</th>
                    <th scope="col">{t('currency.columns.current')}</th>
                    <th scope="col">{t('currency.columns.due')}</th>
                    <th scope="col">{t('currency.columns.lapsed')}</th>
                    <th scope="col">{t('currency.columns.members')}</th>
                    <th scope="col">{t('currency.columns.reminded')}</th>
                    <th scope="col">{t('currency.columns.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.organisations.map((o) => (
                    <tr key={o.organisationId}>
                      <th scope="row">
                        <Link to={`/profiles/${o.profileId}`}>{o.organisationName}</Link>
                      </th>
                      <td>{format.number(o.current)}</td>
                      <td>{format.number(o.due)}</td>
                      <td>{format.number(o.lapsed)}</td>
                      <td>{format.number(o.members)}</td>
                      <td>{o.lastRemindedAt ? format.date(o.lastRemindedAt) : t('currency.never')}</td>
                      <td>
                        {o.members === 0 ? (
                          <span className="muted">{t('currency.noMembers')}</span>
                        ) : (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('currency.remindFor', { name: o.organisationName })}
                            disabled={send.isPending}
                            onClick={() => remind(o.organisationId)}
                          >
                            {t('currency.remind')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </QueryState>
  );
}
