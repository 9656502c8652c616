import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { Loading, QueryError } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useConfirmWithLink } from '../api/confirm-with-link';
import { useCurrencyLink } from '../api/get-currency-link';

/** A link that is not valid (404) or no longer works (410), said plainly, with the way on. */
function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const used = error instanceof ApiError && error.code === 'LINK_EXPIRED';
  const invalid =
    error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED');
  if (!used && !invalid) return <QueryError error={error} />;
  return (
    <Notice tone="warning" title={t(used ? 'currency.linkUsedTitle' : 'currency.linkInvalidTitle')}>
      <p>{t(used ? 'currency.linkUsed' : 'currency.linkInvalid')}</p>
      <p>
        <Link to="/sign-in">{t('currency.signIn')}</Link>
      </p>
    </Notice>
  );
}

/**
 * The page a reminder's confirm link opens: what the entry is, and the one click that says it still holds.
 * The click is a button rather than the link itself, so a mail scanner that opens links uses nothing up.
 */
export function CurrencyLinkAnswer({ token }: { token: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const link = useCurrencyLink(token);
  const confirm = useConfirmWithLink(token);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirm.isSuccess) done.current?.focus();
  }, [confirm.isSuccess]);

  if (link.isPending) return <Loading />;
  if (link.isError) return <LinkProblem error={link.error} />;
  const { item, organisationName, mobilisationName, profileId } = link.data;
  const lapsed = item.state === 'expired' || new Date(link.data.lapsesAt) <= new Date();

  return (
    <>
      <p className="lead">
        {t('currency.linkIntro', { organisation: organisationName, mobilisation: mobilisationName })}
      </p>
      <div className="card">
        <p className="card__meta">
          <strong>{t(item.kind === 'need' ? 'currency.need' : 'currency.offer')}</strong>
        </p>
        <WrittenText as="p" text={item.text} />
        {confirm.isSuccess ? null : (
          <p className="card__meta">
            {lapsed
              ? t('currency.linkLapsed')
              : t('currency.linkLapses', { date: format.date(link.data.lapsesAt) })}
          </p>
        )}
      </div>
      {confirm.isSuccess ? (
        <div ref={done} tabIndex={-1}>
          <Notice tone="success" title={t('currency.linkDoneTitle')}>
            <p>
              {t(confirm.data.reopened ? 'currency.linkDoneReopened' : 'currency.linkDone', {
                date: format.date(confirm.data.lapsesAt),
              })}
            </p>
          </Notice>
        </div>
      ) : confirm.isError ? (
        confirm.error instanceof ApiError && ['LINK_EXPIRED', 'NOT_FOUND'].includes(confirm.error.code) ? (
          <LinkProblem error={confirm.error} />
        ) : (
          <Notice tone="error" role="alert" title={t('currency.failed')}>
            <p>{errorMessage(confirm.error, t)}</p>
          </Notice>
        )
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            {confirm.isPending ? t('currency.linkConfirming') : t('currency.linkConfirm')}
          </button>
        </div>
      )}
      <p>{t('currency.linkElse')}</p>
      <p>
        <Link to={`/profiles/${profileId}/current`}>
          {t('currency.linkElseLink', { organisation: organisationName })}
        </Link>
      </p>
    </>
  );
}
