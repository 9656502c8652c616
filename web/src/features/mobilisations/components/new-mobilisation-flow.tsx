import { createMobilisationSchema, type Mobilisation } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useKindTemplates } from '../api/get-kind-templates';
import { useKindsToCopy } from '../api/get-kinds-to-copy';
import { useMobilisations } from '../api/get-mobilisations';
import { useCreateMobilisation } from '../api/save-mobilisation';
import { summaryOf } from '../lib/form-errors';
import { emptyValues, type MobilisationValues, slugFrom, toInput } from '../lib/mobilisation-values';
import { chosenKinds, emptyKindsChoice, type KindsChoice, startingKindsInput } from '../lib/starting-kinds';
import { GoalsEditor } from './goals-editor';
import { MobilisationFields } from './mobilisation-fields';
import { StartingKindsFields } from './starting-kinds-fields';

const steps = ['basics', 'goals', 'kinds', 'coordinators', 'summary'] as const;
type Step = (typeof steps)[number];
/** Which step holds a field, so an error sends the person back to it. */
const stepOf = (path: string): Step =>
  path.startsWith('goals')
    ? 'goals'
    : path.startsWith('kinds')
      ? 'kinds'
      : path.startsWith('coordinators')
        ? 'coordinators'
        : 'basics';

type Props = { onCreated: (mobilisation: Mobilisation) => void };

/**
 * A platform administrator starts a mobilisation step by step; nothing is created before the summary, and the
 * server creates it, its goals and its coordinators' invitations in one transaction.
 */
export function NewMobilisationFlow({ onCreated }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateMobilisation();
  const [values, setValues] = useState<MobilisationValues>(emptyValues);
  const [slugTouched, setSlugTouched] = useState(false);
  const [coordinators, setCoordinators] = useState('');
  const [kinds, setKinds] = useState<KindsChoice>(emptyKindsChoice);
  const templates = useKindTemplates();
  const others = useMobilisations();
  const copied = useKindsToCopy(
    kinds.from === 'mobilisation' && kinds.mobilisationId ? kinds.mobilisationId : null,
  );
  const template = templates.data?.items.find((x) => x.id === kinds.from);
  const source =
    kinds.from === 'mobilisation' ? copied.data?.kinds : kinds.from === 'scratch' ? [] : template?.kinds;
  const sourcePending = kinds.from === 'mobilisation' ? copied.isPending : templates.isPending;
  const startWith = chosenKinds(kinds, source);
  const [step, setStep] = useState<Step>('basics');
  const [checked, setChecked] = useState<ReadonlySet<Step>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const emails = coordinators
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);
  const body = () => ({
    ...toInput(values),
    slug: values.slug,
    coordinators: emails,
    kinds: startingKindsInput(kinds, source),
  });
  const allErrors = validate(createMobilisationSchema, body(), t).errors;
  const errors: FieldErrors = {
    ...Object.fromEntries(Object.entries(allErrors).filter(([path]) => checked.has(stepOf(path)))),
    ...serverErrors,
  };
  const stepErrors = (s: Step) => Object.keys(allErrors).filter((path) => stepOf(path) === s);

  const change = (patch: Partial<MobilisationValues>) => {
    setServerErrors({});
    setValues((current) => {
      const next = { ...current, ...patch };
      if (patch.name !== undefined && !slugTouched) next.slug = slugFrom(patch.name);
      return next;
    });
    if (patch.slug !== undefined) setSlugTouched(true);
  };
  const go = (next: Step) => {
    setStep(next);
    window.requestAnimationFrame(() => headingRef.current?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (step !== 'summary') {
      setChecked((current) => new Set([...current, step]));
      if (stepErrors(step).length > 0) {
        window.requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      go(steps[steps.indexOf(step) + 1] ?? 'summary');
      return;
    }
    const result = validate(createMobilisationSchema, body(), t);
    if (!result.success) {
      setChecked(new Set(steps));
      go(stepOf(Object.keys(result.errors)[0] ?? ''));
      return;
    }
    try {
      onCreated(await create.mutateAsync(result.data));
    } catch (error) {
      if (isApiError(error) && error.fields?.length) {
        const found = serverFieldErrors(error.fields, ['body'], t);
        setServerErrors(found);
        go(stepOf(Object.keys(found)[0] ?? ''));
      } else setFormError(errorMessage(error, t));
    }
  };

  const position = steps.indexOf(step);
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <h2 ref={headingRef} tabIndex={-1} className="step-heading">
        {t('mobilisationSettings.steps.label', {
          step: position + 1,
          count: steps.length,
          name: t(`mobilisationSettings.steps.${step}`),
        })}
      </h2>
      <ErrorSummary
        ref={summaryRef}
        title={t('errorSummary.title')}
        errors={summaryOf(
          Object.fromEntries(Object.entries(errors).filter(([path]) => stepOf(path) === step)),
          values.goals,
          t,
        )}
      />
      {formError ? (
        <Notice tone="error" role="alert">
          <p>{formError}</p>
        </Notice>
      ) : null}

      {step === 'basics' ? (
        <MobilisationFields values={values} errors={errors} withSlug onChange={change} />
      ) : null}
      {step === 'goals' ? (
        <GoalsEditor goals={values.goals} errors={errors} onChange={(goals) => change({ goals })} />
      ) : null}
      {step === 'kinds' ? (
        <StartingKindsFields
          choice={kinds}
          source={source}
          sourcePending={sourcePending}
          mobilisations={others.data?.items ?? []}
          counts={Object.fromEntries((templates.data?.items ?? []).map((x) => [x.id, x.kinds.length]))}
          errors={Object.fromEntries(Object.entries(errors).filter(([path]) => stepOf(path) === 'kinds'))}
          onChange={(choice) => {
            setServerErrors({});
            setKinds(choice);
          }}
        />
      ) : null}
      {step === 'coordinators' ? (
        <Field
          id="mobilisation-coordinators"
          label={t('mobilisationSettings.coordinators.label')}
          hint={t('mobilisationSettings.coordinators.hint')}
          errors={Object.entries(errors)
            .filter(([path]) => path.startsWith('coordinators'))
            .flatMap(([, messages]) => messages)}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={4}
              autoCapitalize="off"
              spellCheck={false}
              value={coordinators}
              onChange={(event) => {
                setServerErrors({});
                setCoordinators(event.target.value);
              }}
            />
          )}
        </Field>
      ) : null}
      {step === 'summary' ? (
        <dl className="summary-list">
          <dt>{t('mobilisationSettings.name')}</dt>
          <dd>{values.name}</dd>
          <dt>{t('mobilisationSettings.slug')}</dt>
          <dd>{values.slug}</dd>
          <dt>{t('mobilisationSettings.summary.period')}</dt>
          <dd>
            {values.periodStart || values.periodEnd
              ? `${values.periodStart || '…'} – ${values.periodEnd || '…'}`
              : t('mobilisationSettings.summary.noPeriod')}
          </dd>
          <dt>{t('mobilisationSettings.publicAccess')}</dt>
          <dd>{t(`mobilisationSettings.access.${values.publicAccess}`)}</dd>
          <dt>{t('mobilisationSettings.summary.goals')}</dt>
          <dd>
            <ul>
              {values.goals.map((goal) => {
                const text = goalText(goal, language);
                return (
                  <li key={goal.key}>
                    <span className="goal-code">{goal.code}</span>{' '}
                    <span {...(text.lang !== language ? { lang: text.lang } : {})}>{text.text}</span>
                  </li>
                );
              })}
            </ul>
          </dd>
          <dt>{t('mobilisationSettings.summary.kinds')}</dt>
          <dd>
            <p>
              {t(`mobilisationSettings.kinds.chosen.${kinds.from}`, {
                name: others.data?.items.find((m) => m.id === kinds.mobilisationId)?.name ?? '',
              })}{' '}
              {t('mobilisationSettings.kinds.count', { count: startWith.length })}
              {kinds.left.size > 0
                ? ` ${t('mobilisationSettings.kinds.leftOut', { count: kinds.left.size })}`
                : ''}
            </p>
            {kinds.added.length > 0 ? (
              <>
                <p>{t('mobilisationSettings.kinds.ownCount', { count: kinds.added.length })}</p>
                <ul>
                  {kinds.added.map((kind) => (
                    <li key={kind.key}>{kind[language]}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </dd>
          <dt>{t('mobilisationSettings.summary.coordinators')}</dt>
          <dd>{emails.length > 0 ? emails.join(', ') : t('mobilisationSettings.coordinators.none')}</dd>
        </dl>
      ) : null}

      <div className="form__actions step-actions">
        {position > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go(steps[position - 1] ?? 'basics')}
          >
            {t('mobilisationSettings.back')}
          </button>
        ) : null}
        <button type="submit" className="button" disabled={create.isPending}>
          {step !== 'summary'
            ? t('mobilisationSettings.next')
            : create.isPending
              ? t('mobilisationSettings.creating')
              : t('mobilisationSettings.create')}
        </button>
      </div>
    </form>
  );
}
