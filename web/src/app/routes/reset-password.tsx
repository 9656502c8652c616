import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { PasswordResetRequestForm } from '../../features/auth/components/password-reset-request-form';

/** `/reset-password`: ask for a link. The mail's link opens `/reset-password/:token`. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: t('auth.signIn'), to: '/sign-in' },
          { label: t('reset.title') },
        ]}
      />
      <PageHeading>{t('reset.title')}</PageHeading>
      <div className="narrow">
        <p className="lead">{t('reset.intro')}</p>
        <PasswordResetRequestForm />
      </div>
    </>
  );
}
