import { type Session, signInSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailInput } from '../../../components/ui/email-input';
import type { SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { PasswordInput } from '../../../components/ui/password-input';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { validate } from '../../../lib/validation';
import { useSignIn } from '../api/sign-in';
import { FormProblem } from './form-problem';

type Props = { onSignedIn: (session: Session) => void };

export function SignInForm({ onSignedIn }: Props) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const focusProblem = () => window.requestAnimationFrame(() => problemRef.current?.focus());

  const errors = attempted ? validate(signInSchema, { email, password }, t).errors : {};
  const summary: SummaryError[] = [
    ...(errors.email ?? []).map((message) => ({
      key: `email-${message}`,
      href: '#sign-in-email',
      label: t('auth.email'),
      message,
    })),
    ...(errors.password ?? []).map((message) => ({
      key: `password-${message}`,
      href: '#sign-in-password',
      label: t('auth.password'),
      message,
    })),
  ];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    const result = validate(signInSchema, { email, password }, t);
    if (!result.success) {
      focusProblem();
      return;
    }
    try {
      onSignedIn(await signIn.mutateAsync(result.data));
    } catch (error) {
      if (isApiError(error) && error.code === 'INVALID_CREDENTIALS') setProblem(t('auth.invalidCredentials'));
      else if (isApiError(error) && error.code === 'RATE_LIMITED') setProblem(t('auth.signInRateLimited'));
      else setProblem(errorMessage(error, t));
      focusProblem();
    }
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormProblem ref={problemRef} title={t('errorSummary.title')} message={problem} errors={summary} />
      <Field id="sign-in-email" label={t('auth.email')} errors={errors.email}>
        {(control) => (
          <EmailInput control={control} autoComplete="username" value={email} onChange={setEmail} />
        )}
      </Field>
      <Field id="sign-in-password" label={t('auth.password')} errors={errors.password}>
        {(control) => (
          <PasswordInput
            control={control}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
        )}
      </Field>
      <div className="form__actions button-row">
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
        <Link to="/reset-password">{t('auth.forgotPassword')}</Link>
      </div>
    </form>
  );
}
