import type {
  CurrencyReminderPayload,
  InitiativeNoticePayload,
  InterestAnsweredPayload,
  InterestReceivedPayload,
  Notification,
} from '@kraftsamling/shared';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import './notifications.css';

/**
 * Stands in for the organisation's name in a translated sentence, so the name can become a link wherever the
 * language puts it (without pulling react-i18next's `Trans` into the shared vendor chunk for one sentence).
 */
const nameMark = '\uE000';

function InterestReceived({ payload, headingId }: { payload: InterestReceivedPayload; headingId: string }) {
  const { t } = useTranslation();
  const name = payload.fromOrganisationName;
  const sentence = t(
    payload.mutual ? 'notifications.interestReceivedMutual' : 'notifications.interestReceived',
    { name: nameMark },
  );
  const [before = '', after = ''] = sentence.split(nameMark);
  return (
    <>
      <h2 id={headingId} className="notification__title">
        {before}
        {payload.fromProfileId ? (
          <Link to={`/profiles/${payload.fromProfileId}`}>{name}</Link>
        ) : (
          <strong>{name}</strong>
        )}
        {after}
      </h2>
      {payload.message ? (
        <>
          <p className="notification__label">{t('notifications.message')}</p>
          <blockquote className="notification__message">{payload.message}</blockquote>
        </>
      ) : null}
      {payload.fromProfileId ? null : (
        // Notices from before the sender's page was recorded: the map finds the organisation by its id.
        <p>
          <Link to={`/m/${payload.mobilisationId}/map?org=${encodeURIComponent(payload.fromOrganisationId)}`}>
            {t('notifications.showOnMap', { name })}
          </Link>
        </p>
      )}
    </>
  );
}

/** The other organisation answered an interest the person's organisation sent: how, and its note. */
function InterestAnswered({ payload, headingId }: { payload: InterestAnsweredPayload; headingId: string }) {
  const { t } = useTranslation();
  const name = payload.byOrganisationName;
  const sentence = t(
    payload.answer === 'interested'
      ? 'notifications.interestAnsweredInterested'
      : 'notifications.interestAnsweredNotRelevant',
    { name: nameMark },
  );
  const [before = '', after = ''] = sentence.split(nameMark);
  return (
    <>
      <h2 id={headingId} className="notification__title">
        {before}
        {payload.byProfileId ? (
          <Link to={`/profiles/${payload.byProfileId}`}>{name}</Link>
        ) : (
          <strong>{name}</strong>
        )}
        {after}
      </h2>
      {payload.note ? (
        <>
          <p className="notification__label">{t('notifications.message')}</p>
          <blockquote className="notification__message">{payload.note}</blockquote>
        </>
      ) : null}
      <p>
        <Link to={`/m/${payload.mobilisationId}/interests`}>{t('notifications.interestAnsweredLink')}</Link>
      </p>
    </>
  );
}

/** The organisation was added to an initiative, or is asked to endorse one: a link to the initiative. */
function InitiativeNotice({
  kind,
  payload,
  headingId,
}: {
  kind: 'initiative.added' | 'initiative.endorsement_requested';
  payload: InitiativeNoticePayload;
  headingId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = payload.generatedTitle?.[language] ?? payload.title;
  const sentence = t(
    kind === 'initiative.added' ? 'notifications.initiativeAdded' : 'notifications.endorsementRequested',
    { organisation: payload.organisationName, title: nameMark },
  );
  const [before = '', after = ''] = sentence.split(nameMark);
  return (
    <>
      <h2 id={headingId} className="notification__title">
        {before}
        <Link to={`/initiatives/${payload.initiativeId}`}>{title}</Link>
        {after}
      </h2>
      <p>
        {t(
          kind === 'initiative.added'
            ? 'notifications.initiativeAddedHint'
            : 'notifications.endorsementRequestedHint',
        )}
      </p>
    </>
  );
}

/** The organisation's entries are due or lapsed: a link to where they are confirmed, edited or withdrawn. */
function CurrencyReminder({ payload, headingId }: { payload: CurrencyReminderPayload; headingId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id={headingId} className="notification__title">
        {t('notifications.currencyReminder', { organisation: payload.organisationName })}
      </h2>
      <p>{t('notifications.currencyReminderHint', { count: payload.items })}</p>
      <p>
        <Link to={`/profiles/${payload.profileId}/current`}>{t('notifications.currencyReminderLink')}</Link>
      </p>
    </>
  );
}

function NotificationContent({ notification, headingId }: { notification: Notification; headingId: string }) {
  switch (notification.kind) {
    case 'interest.received':
      return <InterestReceived payload={notification.payload} headingId={headingId} />;
    case 'interest.answered':
      return <InterestAnswered payload={notification.payload} headingId={headingId} />;
    case 'initiative.added':
    case 'initiative.endorsement_requested':
      return (
        <InitiativeNotice kind={notification.kind} payload={notification.payload} headingId={headingId} />
      );
    case 'currency.reminder':
      return <CurrencyReminder payload={notification.payload} headingId={headingId} />;
  }
}

function NotificationItem({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markRead = useMarkNotificationRead();
  const article = useRef<HTMLElement>(null);
  const headingId = useId();
  const unread = notification.readAt === null;
  return (
    <li>
      <article
        ref={article}
        tabIndex={-1}
        aria-labelledby={headingId}
        className={unread ? 'notification notification--unread' : 'notification'}
      >
        <p className="notification__meta">
          {/* Unread is said in words, not by the border colour alone. */}
          {unread ? <span className="badge badge--unread">{t('notifications.unread')}</span> : null}
          <time dateTime={notification.createdAt}>
            {t('notifications.receivedAt', { date: format.dateTime(notification.createdAt) })}
          </time>
        </p>
        <NotificationContent notification={notification} headingId={headingId} />
        {unread ? (
          <>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={markRead.isPending}
              aria-describedby={headingId}
              onClick={() =>
                markRead.mutate(notification.id, {
                  // The button goes away with the unread state; the notice itself keeps the focus.
                  onSuccess: () => article.current?.focus(),
                })
              }
            >
              {t('notifications.markRead')}
            </button>
            {markRead.isError ? (
              <p className="notification__error" role="alert">
                {t('notifications.markReadFailed')} {errorMessage(markRead.error, t)}
              </p>
            ) : null}
          </>
        ) : null}
      </article>
    </li>
  );
}

/** The signed-in person's notices, newest first (the server's order), unread ones marked. */
export function NotificationList() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  return (
    <QueryState query={notifications}>
      {(data) =>
        data.items.length === 0 ? (
          <p className="empty-state">{t('notifications.empty')}</p>
        ) : (
          <>
            <p className="meta-line" role="status">
              {data.unread > 0
                ? t('notifications.unreadCount', { count: data.unread })
                : t('notifications.allRead')}
            </p>
            <ul className="notification-list" aria-label={t('notifications.listLabel')}>
              {data.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ul>
          </>
        )
      }
    </QueryState>
  );
}
