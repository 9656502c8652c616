import {
  createOrganisationSchema,
  type JoinedOrganisation,
  municipalitiesInCounty,
} from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { CountyOptions, SectorOptions } from '../../../components/ui/reference-options';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useCreateOrganisation } from '../api/create-organisation';

type Values = {
  name: string;
  orgNumber: string;
  sector: string;
  county: string;
  municipality: string;
  website: string;
};

const fieldOrder = ['name', 'orgNumber', 'sector', 'county', 'municipality', 'website'] as const;
const emptyValues: Values = {
  name: '',
  orgNumber: '',
  sector: '',
  county: '',
  municipality: '',
  website: '',
};

/** Empty optional fields mean "not given" to the API, not an empty string. */
function toInput(values: Values) {
  return {
    name: values.name,
    orgNumber: values.orgNumber.trim() || null,
    sector: values.sector,
    county: values.county,
    municipality: values.municipality || null,
    website: values.website.trim() || null,
  };
}

type Props = { mobilisationId: string; onCreated: (created: JoinedOrganisation) => void };

export function RegisterOrganisationForm({ mobilisationId, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateOrganisation(mobilisationId);
  const [values, setValues] = useState<Values>(emptyValues);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const clientErrors = attempted ? validate(createOrganisationSchema, toInput(values), t).errors : {};
  const errors: FieldErrors = { ...clientErrors, ...serverErrors };

  const set = (key: keyof Values, value: string) => {
    setServerErrors((current) => {
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
    setValues((current) => {
      const next = { ...current, [key]: value };
      // A municipality belongs to one county; changing the county clears a choice that no longer fits.
      if (key === 'county' && !municipalitiesInCounty(value).some((m) => m.name === current.municipality)) {
        next.municipality = '';
      }
      return next;
    });
  };

  const focusSummary = () => window.requestAnimationFrame(() => summaryRef.current?.focus());

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setFormError(null);
    const result = validate(createOrganisationSchema, toInput(values), t);
    if (!result.success) {
      focusSummary();
      return;
    }
    try {
      onCreated(await create.mutateAsync(result.data));
    } catch (error) {
      if (isApiError(error) && error.fields?.length) {
        setServerErrors(serverFieldErrors(error.fields, ['body'], t));
      } else {
        setFormError(errorMessage(error, t));
      }
      focusSummary();
    }
  };

  const labels: Record<(typeof fieldOrder)[number], string> = {
    name: t('organisation.name'),
    orgNumber: t('organisation.orgNumber'),
    sector: t('organisation.sector'),
    county: t('organisation.county'),
    municipality: t('organisation.municipality'),
    website: t('organisation.website'),
  };
  const summary: SummaryError[] = fieldOrder.flatMap((key) =>
    (errors[key] ?? []).map((message) => ({
      key: `${key}-${message}`,
      href: `#org-${key}`,
      label: labels[key],
      message,
    })),
  );
  const municipalities = values.county ? municipalitiesInCounty(values.county) : [];

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {formError ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{formError}</p>
        </div>
      ) : (
        <ErrorSummary ref={summaryRef} title={t('errorSummary.title')} errors={summary} />
      )}
      <p className="muted">{t('register.requiredNote')}</p>

      <Field id="org-name" label={labels.name} hint={t('register.nameHint')} errors={errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="organization"
            value={values.name}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>

      <Field
        id="org-orgNumber"
        label={labels.orgNumber}
        hint={t('register.orgNumberHint')}
        errors={errors.orgNumber}
        optional
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={values.orgNumber}
            onChange={(event) => set('orgNumber', event.target.value)}
          />
        )}
      </Field>

      <Field id="org-sector" label={labels.sector} errors={errors.sector}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={values.sector}
            onChange={(event) => set('sector', event.target.value)}
          >
            <option value="">{t('register.chooseSector')}</option>
            <SectorOptions />
          </select>
        )}
      </Field>

      <Field id="org-county" label={labels.county} errors={errors.county}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={values.county}
            onChange={(event) => set('county', event.target.value)}
          >
            <option value="">{t('register.chooseCounty')}</option>
            <CountyOptions />
          </select>
        )}
      </Field>

      <Field
        id="org-municipality"
        label={labels.municipality}
        hint={values.county ? undefined : t('register.municipalityHint')}
        errors={errors.municipality}
        optional
      >
        {(control) => (
          <select
            {...control}
            className="select"
            value={values.municipality}
            disabled={!values.county}
            onChange={(event) => set('municipality', event.target.value)}
          >
            <option value="">{t('register.chooseMunicipality')}</option>
            {municipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.name}>
                {municipality.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id="org-website"
        label={labels.website}
        hint={t('register.websiteHint')}
        errors={errors.website}
        optional
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="url"
            value={values.website}
            onChange={(event) => set('website', event.target.value)}
          />
        )}
      </Field>

      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('register.submitting') : t('register.submit')}
        </button>
      </div>
    </form>
  );
}
