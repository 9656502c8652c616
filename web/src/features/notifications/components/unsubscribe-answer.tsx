import './notifications.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { Loading, QueryError } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useUnsubscribeLink } from '../api/get-unsubscribe-link';
import { useUnsubscribe } from '../api/unsubscribe';
import { useNotificationTexts } from './notification-texts';

/**
 * The page a mail's unsubscribe link opens: which mails it stops, and the one click that stops them, without
 * signing in. The click is a button rather than the link itself, so a mail scanner that opens links
 * unsubscribes nobody.
 */
export function UnsubscribeAnswer({ token }: { token: string }) {
  const { t } = useTranslation();
  const texts = useNotificationTexts();
  const link = useUnsubscribeLink(token);
  const stop = useUnsubscribe(token);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stop.isSuccess) done.current?.focus();
  }, [stop.isSuccess]);

  if (link.isPending) return <Loading />;
  if (link.isError) {
    if (link.error instanceof ApiError && ['NOT_FOUND', 'VALIDATION_FAILED'].includes(link.error.code)) {
      return (
        <Notice tone="warning" title={t('notificationSettings.linkInvalidTitle')}>
          <p>{t('notificationSettings.linkInvalid')}</p>
          <p>
            <Link to="/account#notifications">{t('notificationSettings.allSettings')}</Link>
          </p>
        </Notice>
      );
    }
    return <QueryError error={link.error} />;
  }
  const data = link.data;
  // A contact person has no account: the mail they stop is the organisation's, and there are no settings.
  const contact = data.scope === 'contact';
  const words =
    data.scope === 'contact'
      ? {
          intro: t('notificationSettings.contactIntro', { organisation: data.organisationName ?? '' }),
          done: t('notificationSettings.contactUnsubscribed', { organisation: data.organisationName ?? '' }),
          off: t('notificationSettings.contactAlreadyOff', { organisation: data.organisationName ?? '' }),
        }
      : {
          intro: t('notificationSettings.unsubscribeIntro', { scope: texts.scope(data.scope) }),
          done: t('notificationSettings.unsubscribed', { scope: texts.scope(data.scope) }),
          off: t('notificationSettings.alreadyOff', { scope: texts.scope(data.scope) }),
        };

  return (
    <>
      {stop.isSuccess ? (
        <div ref={done} tabIndex={-1}>
          <Notice tone="success" title={t('notificationSettings.unsubscribedTitle')}>
            <p>{words.done}</p>
          </Notice>
        </div>
      ) : !data.mail ? (
        <Notice tone="info">
          <p>{words.off}</p>
        </Notice>
      ) : (
        <>
          <p className="lead">{words.intro}</p>
          {stop.isError ? (
            <Notice tone="error" role="alert" title={t('notificationSettings.failed')}>
              <p>{errorMessage(stop.error, t)}</p>
            </Notice>
          ) : null}
          <div className="button-row">
            <button type="button" className="button" disabled={stop.isPending} onClick={() => stop.mutate()}>
              {stop.isPending
                ? t('notificationSettings.unsubscribing')
                : t('notificationSettings.unsubscribe')}
            </button>
          </div>
        </>
      )}
      {contact ? null : (
        <>
          <p>{t('notificationSettings.noticesStay')}</p>
          <p>
            <Link to="/account#notifications">{t('notificationSettings.allSettings')}</Link>
          </p>
        </>
      )}
    </>
  );
}
