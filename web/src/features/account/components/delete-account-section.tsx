import { deleteAccountSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { PasswordInput } from '../../../components/ui/password-input';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { validate } from '../../../lib/validation';
import { useDeleteAccount } from '../api/delete-account';

/**
 * Erasure with its consequences spelled out first, and a password to confirm it: nothing is deleted by one
 * stray click.
 */
type Props = {
  /** Called just before the request, so the page can expect the session to end. */
  onDeleting?: () => void;
  onDeleted: () => void;
};

export function DeleteAccountSection({ onDeleting, onDeleted }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusProblem = () => window.requestAnimationFrame(() => problemRef.current?.focus());

  const errors = attempted ? validate(deleteAccountSchema, { password }, t).errors : {};

  const cancel = () => {
    setConfirming(false);
    setPassword('');
    setAttempted(false);
    setProblem(null);
    window.requestAnimationFrame(() => startRef.current?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    if (!validate(deleteAccountSchema, { password }, t).success) {
      focusProblem();
      return;
    }
    try {
      onDeleting?.();
      await remove.mutateAsync(password);
      onDeleted();
    } catch (error) {
      setProblem(
        isApiError(error) && error.code === 'INVALID_CREDENTIALS'
          ? t('account.wrongPassword')
          : errorMessage(error, t),
      );
      focusProblem();
    }
  };

  return (
    <>
      <p>{t('account.deleteIntro')}</p>
      <ul className="consequences">
        <li>{t('account.deleteRemoves')}</li>
        <li>{t('account.deleteContacts')}</li>
        <li>{t('account.deleteProfilesStay')}</li>
        <li>{t('account.deleteAuditAnonymised')}</li>
      </ul>
      {!confirming ? (
        <p>
          <button
            ref={startRef}
            type="button"
            className="button button--secondary button--remove"
            onClick={() => {
              setConfirming(true);
              window.requestAnimationFrame(() => document.getElementById('delete-password')?.focus());
            }}
          >
            {t('account.delete')}
          </button>
        </p>
      ) : (
        <form className="form danger-zone" noValidate onSubmit={onSubmit}>
          {problem ? (
            <div className="notice notice--error" role="alert" tabIndex={-1} ref={problemRef}>
              <p>{problem}</p>
            </div>
          ) : (
            <ErrorSummary
              ref={problemRef}
              title={t('errorSummary.title')}
              errors={(errors.password ?? []).map((message) => ({
                key: message,
                href: '#delete-password',
                label: t('auth.password'),
                message,
              }))}
            />
          )}
          <p className="danger-zone__warning">
            <strong>{t('account.deleteConfirmTitle')}</strong> {t('account.deleteConfirmBody')}
          </p>
          <Field id="delete-password" label={t('account.deletePassword')} errors={errors.password}>
            {(control) => (
              <PasswordInput
                control={control}
                autoComplete="current-password"
                value={password}
                onChange={setPassword}
              />
            )}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button--danger" disabled={remove.isPending}>
              {remove.isPending ? t('account.deleting') : t('account.deleteConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
