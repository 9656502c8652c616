import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSignOut } from '../../features/auth/api/sign-out';
import { signInPath } from '../../lib/access';
import { errorMessage } from '../../lib/error-message';
import { useSession } from '../../lib/session';

/**
 * The header's corner for the person: "Logga in" when signed out; when signed in, their name opening a small
 * disclosure with "Mitt konto" and "Logga ut" (a disclosure, not an ARIA menu, so it works like any list of links).
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A new page closes the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address by design
  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const user = session.data?.user;
  if (session.isPending) return <div className="account-menu" />;
  if (!user) {
    const here = `${location.pathname}${location.search}`;
    return (
      <div className="account-menu">
        {location.pathname === '/sign-in' ? null : (
          <Link className="account-menu__sign-in" to={signInPath(here)}>
            {t('auth.signIn')}
          </Link>
        )}
      </div>
    );
  }

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('auth.signedInAs')}</span>{' '}
        <span className="account-menu__name">{user.name}</span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__email">{user.email}</p>
        <ul className="account-menu__list">
          <li>
            <Link to="/account">{t('account.title')}</Link>
          </li>
          <li>
            <button
              type="button"
              className="account-menu__sign-out"
              disabled={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, {
                  onSuccess: () => navigate('/', { state: { signedOut: true } }),
                })
              }
            >
              {t('auth.signOut')}
            </button>
          </li>
        </ul>
        {signOut.isError ? (
          <p className="account-menu__error" role="alert">
            {errorMessage(signOut.error, t)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
