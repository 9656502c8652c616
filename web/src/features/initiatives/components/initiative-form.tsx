import { initiativeStatuses, type Mobilisation } from '@kraftsamling/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { CheckboxGroup, Field } from '../../../components/ui/field';
import type { SearchOption } from '../../../components/ui/search-select';
import { SearchSelect } from '../../../components/ui/search-select';
import { isApiError } from '../../../lib/api-error';
import { useLanguage } from '../../../lib/i18n/use-language';
import { choosableGoals, goalText } from '../../../lib/reference';
import {
  type FormErrors,
  type FormField,
  type FormLink,
  formFieldOf,
  type InitiativeFormValues,
  type LinkKey,
  validateForm,
} from '../lib/form-values';
import { quarterLabel, quarterOptions } from '../lib/quarters';
import { ChangeError } from './change-error';
import { LinkPicker } from './link-picker';

export type OrganisationSearch = {
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly SearchOption[];
  loading: boolean;
  total?: number;
};

type Props = {
  mode: 'create' | 'edit';
  initial: InitiativeFormValues;
  goals: Mobilisation['goals'];
  years: { from: number; to: number };
  mobilisationId: string;
  organisations: OrganisationSearch;
  submitting: boolean;
  error: unknown;
  /** The version the form starts from; sent back with the values, so a save never overwrites unseen changes. */
  version?: number;
  onSubmit: (values: InitiativeFormValues, version: number) => void;
  onCancel: () => void;
  /** After a conflict: the latest version has been loaded (the caller starts the form again from it). */
  onReloaded?: () => void;
};

const linkKeys: LinkKey[] = ['needs', 'offers', 'projects'];

/**
 * Everything about an initiative in one form: texts, status, goals, the period by quarter, participants with
 * their endorsement, the lead (one of the participants) and, when editing, the linked needs, offers and projects.
 */
export function InitiativeForm({
  mode,
  initial,
  goals,
  years,
  mobilisationId,
  organisations,
  submitting,
  error,
  version = 1,
  onSubmit,
  onCancel,
  onReloaded,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const fieldId = (field: FormField | 'status' | 'goals' | 'periodStart') => `${id}-${field}`;
  const [values, setValues] = useState(initial);
  const [baseVersion] = useState(version);
  const [errors, setErrors] = useState<FormErrors>({});
  const [chosen, setChosen] = useState<SearchOption | null>(null);
  const [news, setNews] = useState('');
  // Names of every organisation seen in the form, so a lead that is no longer a participant can still be named.
  const [known] = useState(() => new Map(initial.participants.map((p) => [p.organisationId, p.name])));
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof InitiativeFormValues>(key: K, value: InitiativeFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  // Field errors the server found that the form could not know about (e.g. an organisation not in the mobilisation).
  const serverErrors: FormErrors = {};
  if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
    for (const field of error.fields ?? []) {
      const key = formFieldOf(field.path);
      if (key && !serverErrors[key]) serverErrors[key] = t('initiatives.form.serverRefused');
    }
  }
  const shown: FormErrors = { ...serverErrors, ...errors };
  const labels: Record<FormField, string> = {
    title: t('initiatives.form.title'),
    description: t('initiatives.form.description'),
    periodEnd: t('initiatives.form.periodEnd'),
    leadOrganisationId: t('initiatives.lead'),
    participants: t('initiatives.form.participants'),
    links: t('initiatives.form.links'),
  };
  const summary: SummaryError[] = (Object.keys(shown) as FormField[]).map((key) => ({
    key,
    href: `#${fieldId(key)}`,
    label: labels[key],
    message: shown[key] ?? '',
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const found = validateForm(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    onSubmit(values, baseVersion);
  };

  const addParticipant = () => {
    if (!chosen) {
      document.getElementById(`${id}-add-participant`)?.focus();
      return;
    }
    known.set(chosen.value, chosen.label);
    if (!values.participants.some((p) => p.organisationId === chosen.value)) {
      set('participants', [
        ...values.participants,
        {
          organisationId: chosen.value,
          name: chosen.label,
          description: chosen.description ?? '',
          endorsement: 'inbjuden',
        },
      ]);
    }
    setNews(t('initiatives.form.participantAdded', { name: chosen.label }));
    setChosen(null);
    organisations.onQueryChange('');
  };

  const quarters = quarterOptions(years.from, years.to);
  const quarterSelect = (key: 'periodStart' | 'periodEnd', control: object) => (
    <select
      {...control}
      className="select initiative-form__quarter"
      value={values[key]}
      onChange={(event) => set(key, event.target.value)}
    >
      <option value="">{t('initiatives.form.noQuarter')}</option>
      {Array.from({ length: years.to - years.from + 1 }, (_, i) => years.from + i).map((year) => (
        <optgroup key={year} label={String(year)}>
          {quarters
            .filter((q) => q.startsWith(`${year}-`))
            .map((q) => (
              <option key={q} value={q}>
                {quarterLabel(q, t)}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );

  const leadIsParticipant = values.participants.some((p) => p.organisationId === values.leadOrganisationId);
  const orphanLead = values.leadOrganisationId && !leadIsParticipant ? values.leadOrganisationId : null;
  const orphanName = orphanLead ? (known.get(orphanLead) ?? '') : '';

  return (
    <form className="form initiative-form" onSubmit={submit} noValidate>
      <ErrorSummary ref={summaryRef} title={t('initiatives.form.errorTitle')} errors={summary} />
      {error && Object.keys(serverErrors).length === 0 ? (
        <ChangeError error={error} mobilisationId={mobilisationId} {...(onReloaded ? { onReloaded } : {})} />
      ) : null}
      <Field
        id={fieldId('title')}
        label={t('initiatives.form.title')}
        errors={shown.title ? [shown.title] : []}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={values.title}
            maxLength={200}
            onChange={(event) => set('title', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={fieldId('description')}
        label={t('initiatives.form.description')}
        optional
        errors={shown.description ? [shown.description] : []}
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={5}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <Field id={fieldId('status')} label={t('initiatives.statusLabel')}>
        {(control) => (
          <select
            {...control}
            className="select initiative-form__short"
            value={values.status}
            onChange={(event) => set('status', event.target.value as InitiativeFormValues['status'])}
          >
            {initiativeStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`initiatives.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckboxGroup
        id={fieldId('goals')}
        legend={t('initiatives.form.goals')}
        optional
        options={choosableGoals(goals, initial.goals).map((goal) => {
          const text = goalText(goal, language);
          return {
            value: goal.code,
            label: `${goal.code}: ${text.text}`,
            ...(text.lang !== language ? { lang: text.lang } : {}),
          };
        })}
        value={values.goals}
        onChange={(goalsChosen) => set('goals', goalsChosen)}
      />
      <fieldset className="fieldset initiative-form__period">
        <legend className="field__label">
          {t('initiatives.period')} <span className="field__optional">({t('common.optional')})</span>
        </legend>
        <p className="field__hint">{t('initiatives.form.periodHint')}</p>
        <div className="period__fields">
          <Field id={fieldId('periodStart')} label={t('initiatives.form.periodStart')}>
            {(control) => quarterSelect('periodStart', control)}
          </Field>
          <Field
            id={fieldId('periodEnd')}
            label={t('initiatives.form.periodEnd')}
            errors={shown.periodEnd ? [shown.periodEnd] : []}
          >
            {(control) => quarterSelect('periodEnd', control)}
          </Field>
        </div>
      </fieldset>

      <fieldset
        id={fieldId('participants')}
        tabIndex={-1}
        className={`fieldset initiative-form__participants${shown.participants ? ' field--error' : ''}`}
      >
        <legend className="field__label">{t('initiatives.form.participants')}</legend>
        {shown.participants ? <p className="field__error">{shown.participants}</p> : null}
        {values.participants.length === 0 ? (
          <p className="muted">{t('initiatives.noParticipants')}</p>
        ) : (
          <ul className="form-participants">
            {values.participants.map((p, index) => (
              <li key={p.organisationId} className="form-participant">
                <span className="form-participant__name">
                  {p.name}
                  {p.description ? <span className="table__sub">{p.description}</span> : null}
                </span>
                <span className="form-participant__endorsement">
                  <label className="visually-hidden" htmlFor={`${id}-endorsement-${index}`}>
                    {t('initiatives.form.endorsementFor', { name: p.name })}
                  </label>
                  <select
                    id={`${id}-endorsement-${index}`}
                    className="select"
                    value={p.endorsement}
                    onChange={(event) =>
                      set(
                        'participants',
                        values.participants.map((other) =>
                          other.organisationId === p.organisationId
                            ? { ...other, endorsement: event.target.value as typeof p.endorsement }
                            : other,
                        ),
                      )
                    }
                  >
                    {(['inbjuden', 'forankrad', 'avbojd'] as const).map((e) => (
                      <option key={e} value={e}>
                        {t(`initiatives.endorsement.${e}`)}
                      </option>
                    ))}
                  </select>
                </span>
                <button
                  type="button"
                  className="button button--quiet button--remove button--small"
                  onClick={() => {
                    set(
                      'participants',
                      values.participants.filter((other) => other.organisationId !== p.organisationId),
                    );
                    setNews(t('initiatives.form.participantRemoved', { name: p.name }));
                  }}
                >
                  {t('initiatives.form.remove')} <span className="visually-hidden">{p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="initiative-form__add">
          <SearchSelect
            id={`${id}-add-participant`}
            label={t('initiatives.form.addParticipant')}
            hint={t('initiatives.form.addParticipantHint')}
            query={organisations.query}
            onQueryChange={organisations.onQueryChange}
            options={organisations.options}
            selected={chosen}
            onSelect={setChosen}
            loading={organisations.loading}
            {...(organisations.total !== undefined ? { total: organisations.total } : {})}
          />
          <button type="button" className="button button--secondary button--small" onClick={addParticipant}>
            {t('initiatives.form.addParticipantButton')}
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {news}
        </p>
      </fieldset>

      <Field
        id={fieldId('leadOrganisationId')}
        label={t('initiatives.lead')}
        hint={t('initiatives.form.leadHint')}
        errors={shown.leadOrganisationId ? [shown.leadOrganisationId] : []}
      >
        {(control) => (
          <select
            {...control}
            className="select"
            value={values.leadOrganisationId}
            onChange={(event) => set('leadOrganisationId', event.target.value)}
          >
            <option value="">{t('initiatives.noLead')}</option>
            {values.participants.map((p) => (
              <option key={p.organisationId} value={p.organisationId}>
                {p.name}
              </option>
            ))}
            {orphanLead ? (
              <option value={orphanLead}>{t('initiatives.form.notParticipant', { name: orphanName })}</option>
            ) : null}
          </select>
        )}
      </Field>

      {mode === 'edit' ? (
        <fieldset
          id={fieldId('links')}
          tabIndex={-1}
          className={`fieldset initiative-form__links${shown.links ? ' field--error' : ''}`}
        >
          <legend className="field__label">{t('initiatives.form.links')}</legend>
          {shown.links ? <p className="field__error">{shown.links}</p> : null}
          {linkKeys.map((key) => (
            <div key={key} className="form-links">
              <p className="form-links__title">
                {t(`initiatives.linkKinds.${key}`)} ({values.links[key].length})
              </p>
              {values.links[key].length > 0 ? (
                <ul className="form-links__list">
                  {values.links[key].map((link: FormLink) => (
                    <li key={link.id} className="form-links__item">
                      <span>
                        {link.text} <span className="muted">({link.organisation})</span>
                      </span>
                      <button
                        type="button"
                        className="button button--quiet button--remove button--small"
                        onClick={() => {
                          set('links', {
                            ...values.links,
                            [key]: values.links[key].filter((l) => l.id !== link.id),
                          });
                          setNews(t('initiatives.form.linkRemoved', { text: link.text }));
                        }}
                      >
                        {t('initiatives.form.remove')} <span className="visually-hidden">{link.text}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
          <LinkPicker
            mobilisationId={mobilisationId}
            linked={values.links}
            onAdd={(key, link) => {
              set('links', { ...values.links, [key]: [...values.links[key], link] });
              setNews(t('initiatives.form.linkAdded', { text: link.text }));
            }}
          />
        </fieldset>
      ) : null}

      <p className="button-row form__actions">
        <button type="submit" className="button" aria-disabled={submitting || undefined}>
          {submitting
            ? t('initiatives.form.saving')
            : mode === 'create'
              ? t('initiatives.form.create')
              : t('initiatives.form.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
