import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentMobilisationId } from './use-current-mobilisation';

type NavItem = { to: string; label: string; end?: boolean };

export function MainNav() {
  const { t } = useTranslation();
  const mobilisationId = useCurrentMobilisationId();
  const items: NavItem[] = [{ to: '/', label: t('app.home'), end: true }];
  if (mobilisationId) {
    const base = `/m/${mobilisationId}`;
    items.push({ to: `${base}/organisations`, label: t('app.organisations') });
    // Issue 6: "Karta" (`${base}/map`) and "Initiativlista" (`${base}/initiatives`) are added here once their
    // pages exist; no link is shown before there is somewhere to go.
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
