import { createInvitationSchema, type Invitation, type invitationRoles } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailInput } from '../../../components/ui/email-input';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { describedBy, Field, FieldErrorText } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { type SearchOption, SearchSelect } from '../../../components/ui/search-select';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useCreateInvitation } from '../api/create-invitation';

type InvitationRole = (typeof invitationRoles)[number];

/** The organisation search is the page's to run (it belongs to another feature); the form only shows it. */
export type OrganisationSearch = {
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly SearchOption[];
  loading: boolean;
  total?: number;
};

type Props = {
  mobilisationId: string;
  /** Only administrators may invite administrators. */
  canInviteAdmins: boolean;
  organisations: OrganisationSearch;
  onInvited?: (invitation: Invitation) => void;
};

const fieldOrder = ['email', 'name', 'role', 'organisationId'] as const;
const roleOrder: readonly InvitationRole[] = ['member', 'participant', 'coordinator', 'admin'];

export function InviteForm({ mobilisationId, canInviteAdmins, organisations, onInvited }: Props) {
  const { t } = useTranslation();
  const create = useCreateInvitation(mobilisationId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<InvitationRole>('member');
  const [organisation, setOrganisation] = useState<SearchOption | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => window.requestAnimationFrame(() => summaryRef.current?.focus());

  // The common case first: an organisation's contact person.
  const roles = roleOrder.filter((r) => r !== 'admin' || canInviteAdmins);
  const input = {
    email,
    name,
    role,
    organisationId: role === 'member' ? (organisation?.value ?? null) : null,
  };
  const clientErrors = attempted ? validate(createInvitationSchema, input, t).errors : {};
  const errors: FieldErrors = { ...clientErrors, ...serverErrors };

  const changed = () => {
    setServerErrors({});
    setSent(null);
  };

  const labels: Record<(typeof fieldOrder)[number], string> = {
    email: t('people.email'),
    name: t('people.name'),
    role: t('people.role'),
    organisationId: t('people.organisation'),
  };
  const summary: SummaryError[] = fieldOrder.flatMap((key) =>
    (errors[key] ?? []).map((message) => ({
      key: `${key}-${message}`,
      href: key === 'role' ? '#invite-role' : `#invite-${key}`,
      label: labels[key],
      message,
    })),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    setSent(null);
    const result = validate(createInvitationSchema, input, t);
    if (!result.success) {
      focusSummary();
      return;
    }
    try {
      const invitation = await create.mutateAsync(result.data);
      setSent(invitation);
      setAttempted(false);
      setEmail('');
      setName('');
      setOrganisation(null);
      organisations.onQueryChange('');
      onInvited?.(invitation);
    } catch (error) {
      if (isApiError(error) && error.fields?.length)
        setServerErrors(serverFieldErrors(error.fields, ['body'], t));
      else setProblem(errorMessage(error, t));
      focusSummary();
    }
  };

  const roleErrors = errors.role ?? [];
  const roleDescribedBy = describedBy('invite-role', false, roleErrors.length > 0);

  return (
    <form className="form invite-form" noValidate onSubmit={onSubmit}>
      {problem ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{problem}</p>
        </div>
      ) : (
        <ErrorSummary ref={summaryRef} title={t('people.inviteErrorTitle')} errors={summary} />
      )}
      <div role="status">
        {sent ? (
          <Notice tone="success">
            <p>
              {t('people.invited', { email: sent.email })}{' '}
              {sent.organisationName ? t('people.invitedFor', { organisation: sent.organisationName }) : null}
            </p>
          </Notice>
        ) : null}
      </div>

      <Field id="invite-email" label={labels.email} hint={t('people.emailHint')} errors={errors.email}>
        {(control) => (
          <EmailInput
            control={control}
            autoComplete="off"
            value={email}
            onChange={(value) => {
              changed();
              setEmail(value);
            }}
          />
        )}
      </Field>

      <Field id="invite-name" label={labels.name} hint={t('people.nameHint')} errors={errors.name} optional>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            value={name}
            onChange={(event) => {
              changed();
              setName(event.target.value);
            }}
          />
        )}
      </Field>

      <fieldset
        id="invite-role"
        tabIndex={-1}
        className={['fieldset', 'checkbox-group', roleErrors.length ? 'field--error' : '']
          .filter(Boolean)
          .join(' ')}
        {...(roleDescribedBy ? { 'aria-describedby': roleDescribedBy } : {})}
      >
        <legend className="field__label">{labels.role}</legend>
        <FieldErrorText id="invite-role-error" errors={roleErrors} />
        <div className="radio-list">
          {roles.map((value) => (
            <div className="checkbox" key={value}>
              <input
                type="radio"
                id={`invite-role-${value}`}
                name="invite-role"
                checked={role === value}
                aria-describedby={`invite-role-${value}-hint`}
                onChange={() => {
                  changed();
                  setRole(value);
                }}
              />
              <div>
                <label htmlFor={`invite-role-${value}`} className="radio-list__label">
                  {t(`roles.${value}`)}
                </label>
                <p id={`invite-role-${value}-hint`} className="radio-list__hint">
                  {t(`roleDescriptions.${value}`)}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      {role === 'member' ? (
        <SearchSelect
          id="invite-organisationId"
          label={labels.organisationId}
          hint={t('people.organisationHint')}
          errors={errors.organisationId ?? []}
          query={organisations.query}
          onQueryChange={organisations.onQueryChange}
          options={organisations.options}
          selected={organisation}
          onSelect={(option) => {
            changed();
            setOrganisation(option);
          }}
          loading={organisations.loading}
          {...(organisations.total !== undefined ? { total: organisations.total } : {})}
        />
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('people.sending') : t('people.send')}
        </button>
      </div>
    </form>
  );
}
