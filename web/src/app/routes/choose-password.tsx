import { linkTokenSchema } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { NewPasswordForm } from '../../features/auth/components/new-password-form';

/** `/reset-password/:token`, the link in the reset mail: choose a new password and be signed in. */
export function ChoosePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const wellFormed = linkTokenSchema.safeParse(token).success;
  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('reset.chooseTitle') }]} />
      <PageHeading>{t('reset.chooseTitle')}</PageHeading>
      <div className="narrow">
        {wellFormed ? (
          <>
            <p className="lead">{t('reset.chooseIntro')}</p>
            <NewPasswordForm
              token={token}
              onDone={() => navigate('/account', { replace: true, state: { passwordChanged: true } })}
            />
          </>
        ) : (
          <Notice tone="warning" title={t('reset.unknownTitle')}>
            <p>{t('reset.unknownBody')}</p>
            <p>
              <Link to="/reset-password">{t('reset.requestNew')}</Link>
            </p>
          </Notice>
        )}
      </div>
    </>
  );
}
