import { type KindsVersion, replaceKindsSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { failedSave, type SaveOutcome, SaveOutcomeNotice } from '../../../components/ui/save-outcome';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useReplaceKinds } from '../api/kinds';
import { draftOf, type KindDraft, newKind, toKinds } from '../lib/kind-drafts';
import { KindFields } from './kind-fields';
import { KindsPreview } from './kinds-preview';

type Props = { mobilisationId: string; current: KindsVersion; onReload: () => void };

/** The kinds as a form, saved as a new version; beside it the preview reads texts with the form as it is. */
export function VocabularyEditor({ mobilisationId, current, onReload }: Props) {
  const { t } = useTranslation();
  const replace = useReplaceKinds(mobilisationId);
  const [drafts, setDrafts] = useState<KindDraft[]>(() => current.kinds.map(draftOf));
  const [version, setVersion] = useState(current.version);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const body = () => ({ version, kinds: toKinds(drafts), targetGroups: current.targetGroups, note });
  const errors: FieldErrors = {
    ...(attempted ? validate(replaceKindsSchema, body(), t).errors : {}),
    ...serverErrors,
  };
  const change = (next: KindDraft[]) => {
    setServerErrors({});
    setOutcome(null);
    setDrafts(next);
  };
  const summary: SummaryError[] = Object.entries(errors).flatMap(([path, messages]) => {
    const [, index, field, language, tier] = path.split('.');
    const kind = index === undefined ? undefined : drafts[Number(index)];
    const href = kind
      ? `#${kind.key}-${field === 'terms' ? `terms-${language}-${tier}` : field === 'description' ? `description-${language}` : field}`
      : '#vocabulary-kinds';
    const label = kind ? kind.sv || kind.id || t('vocabulary.newKindLegend') : t('vocabulary.kinds');
    return messages.map((message) => ({ key: `${path}-${message}`, href, label, message }));
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setOutcome(null);
    const result = validate(replaceKindsSchema, body(), t);
    if (!result.success) {
      // A term with an error is in a closed kind: open them, then focus the summary.
      window.requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      const saved = await replace.mutateAsync(result.data);
      setDrafts(saved.kinds.map(draftOf));
      setVersion(saved.version);
      setNote('');
      setAttempted(false);
      setOutcome({ saved: t('vocabulary.saved', { version: saved.version }) });
    } catch (error) {
      const failed = failedSave(error, t, t('vocabulary.conflict'));
      setOutcome(failed.outcome);
      if (failed.fields.length > 0) {
        setServerErrors(serverFieldErrors(failed.fields, ['body'], t));
        window.requestAnimationFrame(() => summaryRef.current?.focus());
      }
    }
  };

  return (
    <div className="vocabulary-editor">
      <form className="form vocabulary-editor__form" noValidate onSubmit={onSubmit}>
        <ErrorSummary ref={summaryRef} title={t('errorSummary.title')} errors={summary} />
        <h2 id="vocabulary-kinds" tabIndex={-1}>
          {t('vocabulary.kinds')}{' '}
          <span className="muted">
            ({version === 0 ? t('vocabulary.templateVersion') : t('vocabulary.version', { version })})
          </span>
        </h2>
        {drafts.map((kind, index) => (
          <KindFields
            key={kind.key}
            kind={kind}
            index={index}
            errors={errors}
            onChange={(next) => change(drafts.map((d, i) => (i === index ? next : d)))}
            onRemove={() => change(drafts.filter((_, i) => i !== index))}
          />
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => change([...drafts, newKind()])}
        >
          {t('vocabulary.addKind')}
        </button>
        <Field id="vocabulary-note" label={t('vocabulary.note')} errors={errors.note} optional>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </Field>
        <div className="form__actions" aria-live="polite">
          <SaveOutcomeNotice outcome={outcome} reload={t('vocabulary.reload')} onReload={onReload} />
          <button type="submit" className="button" disabled={replace.isPending}>
            {replace.isPending ? t('vocabulary.saving') : t('vocabulary.save')}
          </button>
        </div>
      </form>
      <KindsPreview mobilisationId={mobilisationId} kinds={drafts} />
    </div>
  );
}
