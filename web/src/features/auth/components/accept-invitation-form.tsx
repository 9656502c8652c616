import {
  acceptInvitationSchema,
  type InvitationPreview,
  newPasswordSchema,
  type Session,
} from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { PasswordInput } from '../../../components/ui/password-input';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useAcceptInvitation } from '../api/accept-invitation';
import { FormProblem } from './form-problem';

type Props = { token: string; preview: InvitationPreview; onAccepted: (session: Session) => void };

/**
 * A new person chooses their name and a password; someone who already has an account confirms it with its
 * password (their name stays as it is).
 */
export function AcceptInvitationForm({ token, preview, onAccepted }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(token);
  const existing = preview.existingAccount;
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [shareAsContact, setShareAsContact] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [expired, setExpired] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const focusProblem = () => window.requestAnimationFrame(() => problemRef.current?.focus());

  // The API wants a name either way; for an existing account it keeps the one it has.
  const input = {
    name: existing ? (preview.name || preview.email).slice(0, 200) : name,
    password,
    shareAsContact: preview.organisationName !== null && shareAsContact,
  };
  const check = () => {
    const base = validate(acceptInvitationSchema, input, t);
    if (existing) return base;
    // An empty field says "fill in"; a short one says how long it must be.
    if (!password) return base;
    const strong = validate(newPasswordSchema, password, t);
    const errors = { ...base.errors, ...(strong.success ? {} : { password: strong.errors[''] ?? [] }) };
    return { success: base.success && strong.success, errors };
  };
  const errors: FieldErrors = { ...(attempted ? check().errors : {}), ...serverErrors };

  const labels = { name: t('auth.name'), password: existing ? t('auth.password') : t('auth.newPassword') };
  const summary: SummaryError[] = (['name', 'password'] as const).flatMap((key) =>
    (errors[key] ?? []).map((message) => ({
      key: `${key}-${message}`,
      href: `#invitation-${key}`,
      label: labels[key],
      message,
    })),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    setServerErrors({});
    if (!check().success) {
      focusProblem();
      return;
    }
    try {
      onAccepted(await accept.mutateAsync(input));
    } catch (error) {
      if (isApiError(error) && error.code === 'LINK_EXPIRED') {
        setExpired(true);
        return;
      }
      if (isApiError(error) && error.code === 'INVALID_CREDENTIALS')
        setProblem(t('invitation.wrongPassword'));
      else if (isApiError(error) && error.fields?.length)
        setServerErrors(serverFieldErrors(error.fields, ['body'], t));
      else setProblem(errorMessage(error, t));
      focusProblem();
    }
  };

  if (expired) {
    return (
      <Notice tone="warning" role="alert" title={t('invitation.expiredTitle')}>
        <p>{t('invitation.expiredBody')}</p>
      </Notice>
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormProblem ref={problemRef} title={t('errorSummary.title')} message={problem} errors={summary} />
      {existing ? (
        <p>{t('invitation.existingAccount', { email: preview.email })}</p>
      ) : (
        <>
          <p>{t('invitation.newAccount', { email: preview.email })}</p>
          <Field
            id="invitation-name"
            label={labels.name}
            hint={t('invitation.nameHint')}
            errors={errors.name}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                autoComplete="name"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <Field
        id="invitation-password"
        label={labels.password}
        {...(existing ? {} : { hint: t('auth.newPasswordHint') })}
        errors={errors.password}
      >
        {(control) => (
          <PasswordInput
            control={control}
            autoComplete={existing ? 'current-password' : 'new-password'}
            value={password}
            onChange={setPassword}
          />
        )}
      </Field>
      {preview.organisationName ? (
        <div className="checkbox">
          <input
            type="checkbox"
            id="invitation-share-contact"
            checked={shareAsContact}
            onChange={(event) => setShareAsContact(event.target.checked)}
            aria-describedby="invitation-share-contact-hint"
          />
          <label htmlFor="invitation-share-contact">
            {t('invitation.shareAsContact', { organisation: preview.organisationName })}
          </label>
          <p id="invitation-share-contact-hint" className="field__hint">
            {t('invitation.shareAsContactHint')}
          </p>
        </div>
      ) : null}
      <div className="form__actions button-row">
        <button type="submit" className="button" disabled={accept.isPending}>
          {accept.isPending
            ? t('invitation.accepting')
            : existing
              ? t('invitation.acceptExisting')
              : t('invitation.acceptNew')}
        </button>
        {existing ? <Link to="/reset-password">{t('auth.forgotPassword')}</Link> : null}
      </div>
    </form>
  );
}
