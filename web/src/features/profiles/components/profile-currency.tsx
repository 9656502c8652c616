import type { CurrentItem } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { QueryState } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { shorten, useFormat } from '../../../lib/format';
import { useChangeItemState } from '../api/change-item-state';
import { useConfirmItem } from '../api/confirm-item';
import { useProfileCurrency } from '../api/get-profile-currency';

const badge = { current: 'badge--submitted', due: 'badge--draft', lapsed: 'badge--neutral' } as const;

/**
 * "Gäller detta fortfarande?" for the organisation's members: every open or lapsed need and offer with when
 * it lapses, and per entry: still current (one click), edit (the profile form), withdraw.
 */
export function ProfileCurrency({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const currency = useProfileCurrency(profileId);
  const confirm = useConfirmItem(profileId);
  const change = useChangeItemState(profileId);
  // What the last click did, said where it stays (the entry itself may leave the list).
  const [outcome, setOutcome] = useState('');
  const busy = confirm.isPending || change.isPending;

  const onConfirm = (item: CurrentItem) => {
    change.reset();
    confirm.mutate(item.itemId, {
      onSuccess: (done) =>
        setOutcome(
          t(done.reopened ? 'currency.confirmedReopened' : 'currency.confirmed', {
            text: shorten(item.text),
            date: format.date(done.lapsesAt),
          }),
        ),
    });
  };
  const onWithdraw = (item: CurrentItem) => {
    confirm.reset();
    change.mutate(
      { itemId: item.itemId, change: { state: 'withdrawn', note: '' } },
      { onSuccess: () => setOutcome(t('currency.withdrawn', { text: shorten(item.text) })) },
    );
  };
  const failure = confirm.error ?? change.error;

  return (
    <QueryState query={currency}>
      {(data) => (
        <>
          <p className="lead">{t('currency.pageIntro', { count: data.currencyMonths })}</p>
          <p className="meta-line" role="status">
            {outcome}
          </p>
          {failure ? (
            <Notice tone="error" role="alert" title={t('currency.failed')}>
              <p>{errorMessage(failure, t)}</p>
            </Notice>
          ) : null}
          {data.items.length === 0 ? (
            <p className="empty-state">{t('currency.empty')}</p>
          ) : (
            <ul className="card-list" aria-label={t('currency.listLabel')}>
              {data.items.map((item) => (
                <li key={item.itemId} className="card">
                  <p className="card__meta">
                    <strong>{t(item.kind === 'need' ? 'currency.need' : 'currency.offer')}</strong>{' '}
                    <span className={`badge ${badge[item.status]}`}>
                      {t(`currency.status.${item.status}`)}
                    </span>
                  </p>
                  <WrittenText as="p" text={item.text} />
                  <p className="card__meta">
                    {t('currency.confirmedOn', { date: format.date(item.confirmedAt) })} ·{' '}
                    {t(item.status === 'lapsed' ? 'currency.lapsedOn' : 'currency.lapsesOn', {
                      date: format.date(item.lapsesAt),
                    })}
                  </p>
                  <div className="button-row card__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('currency.confirmFor', { text: shorten(item.text) })}
                      disabled={busy}
                      onClick={() => onConfirm(item)}
                    >
                      {t('currency.confirm')}
                    </button>
                    <Link
                      className="button button--secondary button--small"
                      to={`/profiles/${profileId}/edit`}
                      aria-label={t('currency.editFor', { text: shorten(item.text) })}
                    >
                      {t('currency.edit')}
                    </Link>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('currency.withdrawFor', { text: shorten(item.text) })}
                      disabled={busy}
                      onClick={() => onWithdraw(item)}
                    >
                      {t('currency.withdraw')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/profiles/${profileId}`}>{t('currency.toProfile')}</Link>
          </p>
        </>
      )}
    </QueryState>
  );
}
