import { type Contact, contactListInputSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { Loading, QueryError } from '../../../components/ui/query-state';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { errorsFor, type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useContacts } from '../api/get-contacts';
import { useSaveContacts } from '../api/save-contacts';

const maxContacts = 10;

type Row = { key: string; name: string; email: string; phone: string; title: string; mayContact: boolean };

const toRow = (contact: Contact): Row => ({
  key: crypto.randomUUID(),
  name: contact.name,
  email: contact.email,
  phone: contact.phone ?? '',
  title: contact.title ?? '',
  mayContact: contact.mayContact,
});
const emptyRow = (): Row => ({
  key: crypto.randomUUID(),
  name: '',
  email: '',
  phone: '',
  title: '',
  mayContact: false,
});

/** Empty optional fields mean "not given" to the API. */
function toInput(rows: readonly Row[]) {
  return {
    contacts: rows.map((row) => ({
      name: row.name,
      email: row.email,
      phone: row.phone.trim() || null,
      title: row.title.trim() || null,
      mayContact: row.mayContact,
    })),
  };
}

type Props = { organisationId: string };

/** Loads the current contact persons, then edits them as one list saved in one go. */
export function ContactsEditor({ organisationId }: Props) {
  const contacts = useContacts(organisationId);
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  if (!contacts.data) return <Loading />;
  return <ContactsForm organisationId={organisationId} initial={contacts.data.contacts} />;
}

function ContactsForm({ organisationId, initial }: { organisationId: string; initial: readonly Contact[] }) {
  const { t } = useTranslation();
  const save = useSaveContacts(organisationId);
  const [rows, setRows] = useState<Row[]>(() => initial.map(toRow));
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => window.requestAnimationFrame(() => summaryRef.current?.focus());

  const clientErrors = attempted ? validate(contactListInputSchema, toInput(rows), t).errors : {};
  const errors: FieldErrors = { ...clientErrors, ...serverErrors };

  const update = (
    index: number,
    key: keyof Omit<Row, 'key' | 'mayContact'> | 'mayContact',
    value: string | boolean,
  ) => {
    setStatus(null);
    setServerErrors({});
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  };

  const add = () => {
    setRows((current) => [...current, emptyRow()]);
    setStatus(t('contacts.added', { number: rows.length + 1 }));
    window.requestAnimationFrame(() => document.getElementById(`contact-${rows.length}-name`)?.focus());
  };

  const remove = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    setServerErrors({});
    setStatus(t('contacts.removed', { number: index + 1 }));
    window.requestAnimationFrame(() => document.getElementById('contacts-add')?.focus());
  };

  const labels = {
    name: t('contacts.name'),
    email: t('contacts.email'),
    phone: t('contacts.phone'),
    title: t('contacts.titleField'),
  } as const;
  const summary: SummaryError[] = rows.flatMap((_, index) =>
    (['name', 'email', 'phone', 'title'] as const).flatMap((key) =>
      errorsFor(errors, `contacts.${index}.${key}`).map((message) => ({
        key: `${index}-${key}-${message}`,
        href: `#contact-${index}-${key}`,
        label: `${t('contacts.contact', { number: index + 1 })}, ${labels[key].toLowerCase()}`,
        message,
      })),
    ),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(null);
    setStatus(null);
    const result = validate(contactListInputSchema, toInput(rows), t);
    if (!result.success) {
      focusSummary();
      return;
    }
    try {
      const saved = await save.mutateAsync(result.data);
      setRows(saved.contacts.map(toRow));
      setAttempted(false);
      setStatus(t('contacts.saved'));
    } catch (error) {
      if (isApiError(error) && error.fields?.length)
        setServerErrors(serverFieldErrors(error.fields, ['body'], t));
      else setProblem(errorMessage(error, t));
      focusSummary();
    }
  };

  return (
    <form className="form contacts-form" noValidate onSubmit={onSubmit}>
      {problem ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{problem}</p>
        </div>
      ) : (
        <ErrorSummary ref={summaryRef} title={t('contacts.errorTitle')} errors={summary} />
      )}
      {rows.length === 0 ? <p className="muted">{t('contacts.noneYet')}</p> : null}
      <div className="item-stack">
        {rows.map((row, index) => (
          <fieldset key={row.key} className="item-card">
            <legend className="item-card__legend">{t('contacts.contact', { number: index + 1 })}</legend>
            <div className="contacts-form__grid">
              {(['name', 'email', 'phone', 'title'] as const).map((key) => (
                <Field
                  key={key}
                  id={`contact-${index}-${key}`}
                  label={labels[key]}
                  optional={key === 'phone' || key === 'title'}
                  errors={errorsFor(errors, `contacts.${index}.${key}`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
                      autoComplete="off"
                      value={row[key]}
                      onChange={(event) => update(index, key, event.target.value)}
                    />
                  )}
                </Field>
              ))}
            </div>
            <div className="checkbox">
              <input
                type="checkbox"
                id={`contact-${index}-mayContact`}
                checked={row.mayContact}
                onChange={(event) => update(index, 'mayContact', event.target.checked)}
                aria-describedby={`contact-${index}-mayContact-hint`}
              />
              <label htmlFor={`contact-${index}-mayContact`}>{t('contacts.mayContact')}</label>
              <p id={`contact-${index}-mayContact-hint`} className="field__hint">
                {t('contacts.mayContactHint')}
              </p>
            </div>
            <div className="item-card__actions">
              <button
                type="button"
                className="button button--quiet button--remove"
                onClick={() => remove(index)}
              >
                {t('contacts.remove', { number: index + 1 })}
              </button>
            </div>
          </fieldset>
        ))}
      </div>
      {rows.length < maxContacts ? (
        <button
          id="contacts-add"
          type="button"
          className="button button--secondary button--add"
          onClick={add}
        >
          <span aria-hidden="true">+ </span>
          {t('contacts.add')}
        </button>
      ) : (
        <p id="contacts-add" tabIndex={-1} className="muted">
          {t('contacts.max', { max: maxContacts })}
        </p>
      )}
      <div className="form__actions button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('contacts.saving') : t('contacts.save')}
        </button>
        <p role="status" className="contacts-form__status">
          {status}
        </p>
      </div>
    </form>
  );
}
