import { newPasswordSchema, type Session } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { PasswordInput } from '../../../components/ui/password-input';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { validate } from '../../../lib/validation';
import { useCompletePasswordReset } from '../api/complete-password-reset';
import { FormProblem } from './form-problem';

type Props = { token: string; onDone: (session: Session) => void };

/** The page a reset link opens: choose a new password, and be signed in with it. */
export function NewPasswordForm({ token, onDone }: Props) {
  const { t } = useTranslation();
  const complete = useCompletePasswordReset();
  const [password, setPassword] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [linkDead, setLinkDead] = useState<'expired' | 'unknown' | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const focusProblem = () => window.requestAnimationFrame(() => problemRef.current?.focus());

  const errors = attempted ? validate(newPasswordSchema, password, t).errors : {};
  const passwordErrors = errors[''] ?? [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    if (!validate(newPasswordSchema, password, t).success) {
      focusProblem();
      return;
    }
    try {
      onDone(await complete.mutateAsync({ token, password }));
    } catch (error) {
      if (isApiError(error) && error.code === 'LINK_EXPIRED') setLinkDead('expired');
      else if (isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED'))
        setLinkDead('unknown');
      else {
        setProblem(errorMessage(error, t));
        focusProblem();
      }
    }
  };

  if (linkDead) {
    return (
      <Notice
        tone="warning"
        role="alert"
        title={t(linkDead === 'expired' ? 'reset.expiredTitle' : 'reset.unknownTitle')}
      >
        <p>{t(linkDead === 'expired' ? 'reset.expiredBody' : 'reset.unknownBody')}</p>
        <p>
          <Link to="/reset-password">{t('reset.requestNew')}</Link>
        </p>
      </Notice>
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormProblem
        ref={problemRef}
        title={t('errorSummary.title')}
        message={problem}
        errors={passwordErrors.map((message) => ({
          key: message,
          href: '#new-password',
          label: t('auth.newPassword'),
          message,
        }))}
      />
      <Field
        id="new-password"
        label={t('auth.newPassword')}
        hint={t('auth.newPasswordHint')}
        errors={passwordErrors}
      >
        {(control) => (
          <PasswordInput
            control={control}
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={complete.isPending}>
          {complete.isPending ? t('reset.saving') : t('reset.save')}
        </button>
      </div>
    </form>
  );
}
