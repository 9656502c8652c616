import { type KindsVersion, replaceKindsSchema } from '@kraftsamling/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { failedSave, type SaveOutcome, SaveOutcomeNotice } from '../../../components/ui/save-outcome';
import { type FieldErrors, serverFieldErrors, validate } from '../../../lib/validation';
import { useReplaceKinds } from '../api/kinds';
import { draftOf, type KindDraft, newKind, toKinds } from '../lib/kind-drafts';
import {
  type AbbreviationDraft,
  abbreviationDraftOf,
  type GroupDraft,
  groupDraftOf,
  newAbbreviation,
  newGroup,
  toAbbreviations,
  toGroups,
} from '../lib/language-drafts';
import { AbbreviationFields } from './abbreviation-fields';
import { KindFields } from './kind-fields';
import { KindsPreview } from './kinds-preview';
import { TargetGroupFields } from './target-group-fields';

type Props = { mobilisationId: string; current: KindsVersion; onReload: () => void };

/** The kinds as a form, saved as a new version; beside it the preview reads texts with the form as it is. */
export function VocabularyEditor({ mobilisationId, current, onReload }: Props) {
  const { t } = useTranslation();
  const replace = useReplaceKinds(mobilisationId);
  const [drafts, setDrafts] = useState<KindDraft[]>(() => current.kinds.map(draftOf));
  const [groups, setGroups] = useState<GroupDraft[]>(() => current.targetGroups.map(groupDraftOf));
  const [abbreviations, setAbbreviations] = useState<AbbreviationDraft[]>(() =>
    current.abbreviations.map(abbreviationDraftOf),
  );
  const [version, setVersion] = useState(current.version);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const kinds = toKinds(drafts);
  const targetGroups = toGroups(groups);
  const body = () => ({
    version,
    kinds,
    targetGroups,
    abbreviations: toAbbreviations(abbreviations),
    note,
  });
  // What the schema cannot know: an abbreviation must name a kind or group of the form, a group not share a kind's id.
  const kindIds = new Set(kinds.map((k) => k.id));
  const namedIds = new Set([...kindIds, ...targetGroups.map((g) => g.id)]);
  const crossErrors: FieldErrors = Object.fromEntries([
    ...abbreviations.flatMap((a, i) =>
      a.means && !namedIds.has(a.means)
        ? [[`abbreviations.${i}.means`, [t('vocabulary.abbreviations.unknownMeans')]]]
        : [],
    ),
    // A general group without words of its own is not read under its id, so it cannot clash.
    ...groups.flatMap((g, i) => {
      const id = targetGroups[i]?.id ?? '';
      const read = !g.general || g.words.sv.trim() !== '' || g.words.en.trim() !== '';
      return id && read && kindIds.has(id)
        ? [[`targetGroups.${i}.id`, [t('vocabulary.groups.sameAsKind')]]]
        : [];
    }),
  ]);
  const errors: FieldErrors = {
    ...(attempted ? { ...validate(replaceKindsSchema, body(), t).errors, ...crossErrors } : {}),
    ...serverErrors,
  };
  const touched = () => {
    setServerErrors({});
    setOutcome(null);
  };
  const change = (next: KindDraft[]) => {
    touched();
    setDrafts(next);
  };
  const changeGroups = (next: GroupDraft[]) => {
    touched();
    setGroups(next);
  };
  const changeAbbreviations = (next: AbbreviationDraft[]) => {
    touched();
    setAbbreviations(next);
  };
  /** A row just added gets the focus, so a keyboard user types on where they are. */
  const focusSoon = (id: string) => window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  const summary: SummaryError[] = Object.entries(errors).flatMap(([path, messages]) => {
    const [head, index, field, language, tier] = path.split('.');
    if (head === 'targetGroups') {
      const group = index === undefined ? undefined : groups[Number(index)];
      const href = group
        ? `#${group.key}-${field === 'terms' ? `words-${language}` : field === 'en' ? 'en' : 'sv'}`
        : '#vocabulary-groups';
      const label = group?.sv || t('vocabulary.groups.heading');
      return messages.map((message) => ({ key: `${path}-${message}`, href, label, message }));
    }
    if (head === 'abbreviations') {
      const abbreviation = index === undefined ? undefined : abbreviations[Number(index)];
      const target = field === 'expansion' ? language : field;
      const href = abbreviation
        ? `#${abbreviation.key}-${target ?? 'abbreviation'}`
        : '#vocabulary-abbreviations';
      const label = abbreviation?.abbreviation || t('vocabulary.abbreviations.heading');
      return messages.map((message) => ({ key: `${path}-${message}`, href, label, message }));
    }
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
    if (!result.success || Object.keys(crossErrors).length > 0) {
      // A term with an error is in a closed kind: open them, then focus the summary.
      window.requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      const saved = await replace.mutateAsync(result.data);
      setDrafts(saved.kinds.map(draftOf));
      setGroups(saved.targetGroups.map(groupDraftOf));
      setAbbreviations(saved.abbreviations.map(abbreviationDraftOf));
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

        <h2 id="vocabulary-groups" tabIndex={-1}>
          {t('vocabulary.groups.heading')}
        </h2>
        <p className="field__hint">{t('vocabulary.groups.intro')}</p>
        {groups.map((group, index) => (
          <TargetGroupFields
            key={group.key}
            group={group}
            index={index}
            errors={errors}
            onChange={(next) => changeGroups(groups.map((g, i) => (i === index ? next : g)))}
            onRemove={() => changeGroups(groups.filter((_, i) => i !== index))}
          />
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const added = newGroup();
            changeGroups([...groups, added]);
            focusSoon(`${added.key}-sv`);
          }}
        >
          {t('vocabulary.groups.add')}
        </button>

        <h2 id="vocabulary-abbreviations" tabIndex={-1}>
          {t('vocabulary.abbreviations.heading')}
        </h2>
        <p className="field__hint">{t('vocabulary.abbreviations.intro')}</p>
        {abbreviations.length === 0 ? <p className="muted">{t('vocabulary.abbreviations.none')}</p> : null}
        {abbreviations.map((abbreviation, index) => (
          <AbbreviationFields
            key={abbreviation.key}
            abbreviation={abbreviation}
            index={index}
            kinds={kinds}
            groups={targetGroups}
            errors={errors}
            onChange={(next) => changeAbbreviations(abbreviations.map((a, i) => (i === index ? next : a)))}
            onRemove={() => {
              changeAbbreviations(abbreviations.filter((_, i) => i !== index));
              focusSoon('vocabulary-abbreviations');
            }}
          />
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const added = newAbbreviation();
            changeAbbreviations([...abbreviations, added]);
            focusSoon(`${added.key}-abbreviation`);
          }}
        >
          {t('vocabulary.abbreviations.add')}
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
      <KindsPreview
        mobilisationId={mobilisationId}
        kinds={drafts}
        targetGroups={groups}
        abbreviations={abbreviations}
      />
    </div>
  );
}
