import { passwordResetRequestSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailInput } from '../../../components/ui/email-input';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { validate } from '../../../lib/validation';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { FormProblem } from './form-problem';

export function PasswordResetRequestForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const focusProblem = () => window.requestAnimationFrame(() => problemRef.current?.focus());

  const errors = attempted ? validate(passwordResetRequestSchema, { email }, t).errors : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    const result = validate(passwordResetRequestSchema, { email }, t);
    if (!result.success) {
      focusProblem();
      return;
    }
    try {
      await request.mutateAsync(result.data.email);
      setSentTo(result.data.email);
    } catch (error) {
      setProblem(
        isApiError(error) && error.code === 'RATE_LIMITED' ? t('reset.rateLimited') : errorMessage(error, t),
      );
      focusProblem();
    }
  };

  if (sentTo) {
    return (
      <Notice tone="success" role="status" title={t('reset.sentTitle')}>
        <p>{t('reset.sentBody', { email: sentTo })}</p>
        <p>{t('reset.sentHint')}</p>
        <p>
          <Link to="/sign-in">{t('reset.backToSignIn')}</Link>
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
        errors={(errors.email ?? []).map((message) => ({
          key: message,
          href: '#reset-email',
          label: t('auth.email'),
          message,
        }))}
      />
      <Field id="reset-email" label={t('auth.email')} hint={t('reset.emailHint')} errors={errors.email}>
        {(control) => (
          <EmailInput control={control} autoComplete="username" value={email} onChange={setEmail} />
        )}
      </Field>
      <div className="form__actions button-row">
        <button type="submit" className="button" disabled={request.isPending}>
          {request.isPending ? t('reset.sending') : t('reset.send')}
        </button>
        <Link to="/sign-in">{t('reset.backToSignIn')}</Link>
      </div>
    </form>
  );
}
