import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { isCoordinatorOf } from '../../lib/access';
import { useSession } from '../../lib/session';
import { useCurrentMobilisationId } from './use-current-mobilisation';

type NavItem = { to: string; label: string; end?: boolean };

/**
 * Links by role: everyone sees the mobilisation; its coordinators their tools and settings; platform admins
 * starting a mobilisation and the outbox.
 */
export function MainNav() {
  const { t } = useTranslation();
  const mobilisationId = useCurrentMobilisationId();
  const user = useSession().data?.user;
  const items: NavItem[] = [{ to: '/', label: t('app.home'), end: true }];
  if (mobilisationId) {
    const base = `/m/${mobilisationId}`;
    items.push({ to: base, label: t('app.overview'), end: true });
    items.push({ to: `${base}/organisations`, label: t('app.organisations') });
    items.push({ to: `${base}/initiatives`, label: t('app.initiatives') });
    items.push({ to: `${base}/map`, label: t('app.map') });
    items.push({ to: `${base}/search`, label: t('app.partners') });
    if (isCoordinatorOf(user, mobilisationId)) {
      items.push({ to: `${base}/review`, label: t('app.review') });
      items.push({ to: `${base}/overview`, label: t('app.dashboard') });
      items.push({ to: `${base}/people`, label: t('app.people') });
      items.push({ to: `${base}/audit`, label: t('app.audit') });
      items.push({ to: `${base}/settings`, label: t('app.settings') });
    }
  }
  if (user?.platformAdmin) {
    items.push({ to: '/m/new', label: t('app.newMobilisation') });
    items.push({ to: '/admin/outbox', label: t('app.outbox') });
  }
  return (
    <nav className="main-nav" aria-label={t('app.mainNav')}>
      <div className="container">
        <ul className="main-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end ?? false} className="main-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
