import { type Mobilisation, updateMobilisationSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { failedSave, type SaveOutcome, SaveOutcomeNotice } from '../../../components/ui/save-outcome';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useGoalUsage } from '../api/get-goal-usage';
import { useUpdateMobilisation } from '../api/save-mobilisation';
import { summaryOf } from '../lib/form-errors';
import { type MobilisationValues, toInput, valuesOf } from '../lib/mobilisation-values';
import { GoalsEditor } from './goals-editor';
import { MobilisationFields } from './mobilisation-fields';

type Props = { mobilisation: Mobilisation; onReload: () => void };

/** A coordinator's settings of the mobilisation, sent with the version they were read at. */
export function MobilisationSettingsForm({ mobilisation, onReload }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMobilisation(mobilisation.id);
  const usage = useGoalUsage(mobilisation.id);
  const [values, setValues] = useState<MobilisationValues>(() => valuesOf(mobilisation));
  // The version this form's values stand on: the one read, then the one its own save returned.
  const [version, setVersion] = useState(mobilisation.version);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const body = () => ({ version, ...toInput(values) });
  const clientErrors = attempted ? validate(updateMobilisationSchema, body(), t).errors : {};
  const errors: FieldErrors = { ...clientErrors, ...serverErrors };
  const change = (patch: Partial<MobilisationValues>) => {
    setServerErrors({});
    setOutcome(null);
    setValues((current) => ({ ...current, ...patch }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setOutcome(null);
    const result = validate(updateMobilisationSchema, body(), t);
    if (!result.success) {
      window.requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      const saved = await update.mutateAsync(result.data);
      setValues(valuesOf(saved));
      setVersion(saved.version);
      setAttempted(false);
      setOutcome({ saved: t('mobilisationSettings.saved') });
      void usage.refetch();
    } catch (error) {
      const failed = failedSave(error, t, t('mobilisationSettings.conflict'));
      setOutcome(failed.outcome);
      if (failed.fields.length > 0) {
        setServerErrors(serverFieldErrors(failed.fields, ['body'], t));
        window.requestAnimationFrame(() => summaryRef.current?.focus());
      }
    }
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary
        ref={summaryRef}
        title={t('errorSummary.title')}
        errors={summaryOf(errors, values.goals, t)}
      />
      <MobilisationFields values={values} errors={errors} withSlug={false} onChange={change} />
      <h2>{t('mobilisationSettings.steps.goals')}</h2>
      <GoalsEditor
        goals={values.goals}
        errors={errors}
        usage={usage.data?.items ?? []}
        onChange={(goals) => change({ goals })}
      />
      <div className="form__actions" aria-live="polite">
        <SaveOutcomeNotice outcome={outcome} reload={t('mobilisationSettings.reload')} onReload={onReload} />
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('mobilisationSettings.saving') : t('mobilisationSettings.save')}
        </button>
      </div>
    </form>
  );
}
