import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { landingPath, safeReturnPath } from '../../lib/access';
import { useSession } from '../../lib/session';

/** `/sign-in?next=/where/they/were`: signing in brings the person back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const user = useSession().data?.user;
  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('auth.signIn') }]} />
      <PageHeading>{t('auth.signIn')}</PageHeading>
      <div className="narrow">
        {user ? (
          <Notice tone="info">
            <p>{t('auth.alreadySignedIn', { name: user.name })}</p>
            <p>
              <Link to={next === '/' ? landingPath(user) : next}>
                {next === '/' ? t('notFound.home') : t('auth.continue')}
              </Link>
            </p>
          </Notice>
        ) : next !== '/' ? (
          <Notice tone="info">
            <p>{t('auth.signInToContinue')}</p>
          </Notice>
        ) : null}
        <p className="lead">{t('auth.signInIntro')}</p>
        <SignInForm
          onSignedIn={(session) =>
            navigate(next === '/' ? landingPath(session.user) : next, { replace: true })
          }
        />
        <section className="section" aria-labelledby="no-account-heading">
          <h2 id="no-account-heading">{t('auth.noAccountHeading')}</h2>
          <p>{t('auth.noAccountBody')}</p>
        </section>
      </div>
    </>
  );
}
