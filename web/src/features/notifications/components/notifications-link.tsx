import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../../../lib/session';
import { useNotifications } from '../api/get-notifications';

/**
 * The header's way to the notices, with the unread count. Part of every page's first load, so it holds only
 * the link; the list is the lazily loaded notices page.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const signedIn = Boolean(useSession().data?.user);
  const notifications = useNotifications({ enabled: signedIn });
  if (!signedIn) return null;
  const unread = notifications.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" className="notifications-link">
      <svg viewBox="0 0 24 24" width="18" height="18" focusable="false" aria-hidden="true">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      <span className="notifications-link__text">{t('app.notifications')}</span>
      {unread > 0 ? (
        <>
          {' '}
          <span className="notifications-link__count">{unread > 99 ? '99+' : unread}</span>{' '}
          {/* The badge's number is part of the name, as seen ("Label in Name"); the word says what it counts. */}
          <span className="visually-hidden">{t('app.notificationsUnread', { count: unread })}</span>
        </>
      ) : null}
    </NavLink>
  );
}
