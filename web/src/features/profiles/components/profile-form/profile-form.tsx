import {
  type Profile,
  type ProfileContent,
  type ProfileItem,
  type ProfileProject,
  profileDraftContentSchema,
  profileLimits,
  profileSubmissionContentSchema,
} from '@kraftsamling/shared';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../../../components/ui/error-summary';
import { Field } from '../../../../components/ui/field';
import { isApiError } from '../../../../lib/api-error';
import { errorMessage } from '../../../../lib/error-message';
import { useStickyBarClearance } from '../../../../lib/use-sticky-bar-clearance';
import { type FieldErrors, serverFieldErrors, validate } from '../../../../lib/validation';
import { useSubmitProfile } from '../../api/submit-profile';
import { useDraftAutosave } from '../../hooks/use-draft-autosave';
import type { EditableProfile, GoalOption } from '../../types';
import { AutosaveStatus } from './autosave-status';
import { ConflictPanel } from './conflict-panel';
import {
  addButtonId,
  fieldIdForPath,
  goalsFieldId,
  itemFieldId,
  type ListKey,
  labelForPath,
  projectFieldId,
} from './field-paths';
import { ItemFields, type KindOption } from './item-fields';
import { ProjectFields } from './project-fields';

const canSaveDraft = (content: ProfileContent) => profileDraftContentSchema.safeParse(content).success;

function mergeErrors(...sources: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const source of sources) {
    for (const [path, messages] of Object.entries(source)) {
      merged[path] = [...new Set([...(merged[path] ?? []), ...messages])];
    }
  }
  return merged;
}

/** Errors in the order the fields appear on the page, so the summary reads top to bottom. */
function orderedPaths(errors: FieldErrors, content: ProfileContent): string[] {
  const rank = (path: string) => {
    const [head, index] = path.split('.');
    const section = ['goals', 'projects', 'needs', 'offers'].indexOf(head ?? '');
    return section * 10_000 + (Number(index) || 0);
  };
  return Object.keys(errors)
    .filter((path) => (errors[path] ?? []).length > 0)
    .sort(
      (a, b) => rank(a) - rank(b) || fieldIdForPath(a, content).localeCompare(fieldIdForPath(b, content)),
    );
}

type Props = {
  profile: EditableProfile;
  goals: readonly GoalOption[];
  /** The mobilisation's kinds of support, offered as an optional tag per need and offer. */
  kinds?: readonly KindOption[];
  onSubmitted: (profile: Profile) => void;
  /** Shown above the form, e.g. "the organisation is registered". */
  notice?: ReactNode;
};

/** The four-point form: Mål, Pågående arbete, Behov av stöd, Kan erbjuda; autosaved, then submitted. */
export function ProfileForm({ profile, goals, kinds = [], onSubmitted, notice }: Props) {
  const { t } = useTranslation();
  const autosave = useDraftAutosave({ profile, canSave: canSaveDraft });
  const submit = useSubmitProfile(profile.id);
  const { content } = autosave;

  const [submitAttempted, setSubmitAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const actionBarRef = useRef<HTMLDivElement>(null);
  useStickyBarClearance(actionBarRef);

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  // Draft rules (sizes, formats) apply while typing, since they keep a draft from being saved; the stricter
  // submission rules (required fields) only after the first attempt to submit.
  const draftErrors = useMemo(() => validate(profileDraftContentSchema, content, t).errors, [content, t]);
  const submitErrors = useMemo(
    () => (submitAttempted ? validate(profileSubmissionContentSchema, content, t).errors : {}),
    [submitAttempted, content, t],
  );
  const rejectedByServer = useMemo(
    () => serverFieldErrors(autosave.rejectedFields, ['body.content', 'body'], t, draftErrors),
    [autosave.rejectedFields, t, draftErrors],
  );
  const errors = mergeErrors(submitAttempted ? submitErrors : draftErrors, rejectedByServer, serverErrors);

  const summary: SummaryError[] = submitAttempted
    ? orderedPaths(errors, content).flatMap((path) =>
        (errors[path] ?? []).map((message) => ({
          key: `${path}-${message}`,
          href: `#${fieldIdForPath(path, content)}`,
          label: labelForPath(path, t),
          message,
        })),
      )
    : [];

  const edit = (updater: (current: ProfileContent) => ProfileContent) => {
    setServerErrors({});
    setSubmitError(null);
    autosave.update(updater);
  };

  const updateAt = <K extends ListKey>(list: K, index: number, value: ProfileContent[K][number]) =>
    edit((current) => ({
      ...current,
      [list]: current[list].map((entry, i) => (i === index ? value : entry)),
    }));

  const itemName = (list: ListKey, number: number) =>
    list === 'projects'
      ? t('form.project', { number })
      : list === 'needs'
        ? t('form.need', { number })
        : t('form.offer', { number });

  const add = (list: ListKey) => {
    const id = crypto.randomUUID();
    const number = content[list].length + 1;
    if (list === 'projects') {
      const project: ProfileProject = {
        id,
        title: '',
        description: '',
        period: { start: null, end: null },
        goals: [],
      };
      edit((current) => ({ ...current, projects: [...current.projects, project] }));
      setFocusTarget(projectFieldId(id, 'title'));
    } else {
      const item: ProfileItem = { id, text: '', themes: [], targetGroups: [], supportKind: null };
      edit((current) => ({ ...current, [list]: [...current[list], item] }));
      setFocusTarget(itemFieldId(list === 'needs' ? 'need' : 'offer', id, 'text'));
    }
    setAnnouncement(t('form.added', { item: itemName(list, number) }));
  };

  const remove = (list: ListKey, index: number) => {
    edit((current) => ({ ...current, [list]: current[list].filter((_, i) => i !== index) }));
    setAnnouncement(t('form.removed', { item: itemName(list, index + 1) }));
    setFocusTarget(addButtonId(list));
  };

  const focusSummary = () => window.requestAnimationFrame(() => summaryRef.current?.focus());

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitAttempted(true);
    setSubmitError(null);
    setServerErrors({});
    const check = validate(profileSubmissionContentSchema, content, t);
    if (!check.success) {
      focusSummary();
      return;
    }
    setSubmitting(true);
    try {
      // Submitting sends the saved draft, so whatever is still waiting for autosave goes first.
      if (!(await autosave.saveNow())) return;
      onSubmitted(await submit.mutateAsync(autosave.currentVersion()));
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        autosave.enterConflict(error.currentVersion);
      } else if (isApiError(error) && error.fields?.length) {
        setServerErrors(serverFieldErrors(error.fields, ['draft', 'body.content', 'body'], t, check.errors));
        focusSummary();
      } else {
        setSubmitError(errorMessage(error, t));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const resolve = async (choice: 'reload' | 'overwrite') => {
    setResolving(true);
    const ok = choice === 'reload' ? await autosave.reloadLatest() : await autosave.overwrite();
    setResolving(false);
    if (ok) setFocusTarget(goalsFieldId);
  };

  const section = (
    list: ListKey,
    intro: string,
    empty: string,
    addLabel: string,
    items: ReactNode[],
    number: number,
  ) => (
    <section className="form-section" aria-labelledby={`section-${list}`}>
      <h2 id={`section-${list}`} className="form-section__title">
        <span className="point__number" aria-hidden="true">
          {number}
        </span>
        {t(`points.${list}`)}
      </h2>
      <p className="form-section__intro">{intro}</p>
      {items.length === 0 ? <p className="muted">{empty}</p> : <div className="item-stack">{items}</div>}
      <button
        type="button"
        id={addButtonId(list)}
        className="button button--secondary button--add"
        onClick={() => add(list)}
        disabled={
          content[list].length >= (list === 'projects' ? profileLimits.projects : profileLimits.items)
        }
      >
        <span aria-hidden="true">+ </span>
        {addLabel}
      </button>
    </section>
  );

  return (
    <form className="form profile-form" noValidate onSubmit={onSubmit}>
      {notice}
      {autosave.restored ? (
        <div className="notice notice--info" role="status">
          <p>{t('form.restored')}</p>
        </div>
      ) : null}
      <ErrorSummary ref={summaryRef} title={t('form.errorSummaryTitle')} errors={summary} />

      <section className="form-section" aria-labelledby="section-goals">
        <h2 id="section-goals" className="form-section__title">
          <span className="point__number" aria-hidden="true">
            1
          </span>
          {t('points.goals')}
        </h2>
        <Field
          id={goalsFieldId}
          label={t('form.goalsLabel')}
          hint={t('form.goalsHint', { max: profileLimits.goalsText })}
          errors={errors.goals}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={6}
              value={content.goals}
              onChange={(event) => {
                const goalsText = event.target.value;
                edit((current) => ({ ...current, goals: goalsText }));
              }}
            />
          )}
        </Field>
      </section>

      {section(
        'projects',
        t('form.projectsIntro'),
        t('form.noProjects'),
        t('form.addProject'),
        content.projects.map((project, index) => (
          <ProjectFields
            key={project.id}
            project={project}
            index={index}
            goals={goals}
            errors={errors}
            onChange={(next) => updateAt('projects', index, next)}
            onRemove={() => remove('projects', index)}
          />
        )),
        2,
      )}
      {section(
        'needs',
        t('form.needsIntro'),
        t('form.noNeeds'),
        t('form.addNeed'),
        content.needs.map((need, index) => (
          <ItemFields
            key={need.id}
            kind="need"
            kinds={kinds}
            item={need}
            index={index}
            errors={errors}
            onChange={(next) => updateAt('needs', index, next)}
            onRemove={() => remove('needs', index)}
          />
        )),
        3,
      )}
      {section(
        'offers',
        t('form.offersIntro'),
        t('form.noOffers'),
        t('form.addOffer'),
        content.offers.map((offer, index) => (
          <ItemFields
            key={offer.id}
            kind="offer"
            kinds={kinds}
            item={offer}
            index={index}
            errors={errors}
            onChange={(next) => updateAt('offers', index, next)}
            onRemove={() => remove('offers', index)}
          />
        )),
        4,
      )}

      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <div className="action-bar" ref={actionBarRef}>
        {autosave.conflict ? (
          <ConflictPanel
            currentVersion={autosave.conflict.currentVersion}
            busy={resolving}
            onReload={() => void resolve('reload')}
            onOverwrite={() => void resolve('overwrite')}
          />
        ) : null}
        {submitError ? (
          <div className="notice notice--error" role="alert">
            <p>{submitError}</p>
          </div>
        ) : null}
        <div className="action-bar__row">
          <AutosaveStatus
            state={autosave.saveState}
            savedAt={autosave.savedAt}
            draftUpdatedAt={profile.status === 'empty' ? null : profile.draft.updatedAt}
            onRetry={() => void autosave.saveNow()}
          />
          <button type="submit" className="button" disabled={submitting || Boolean(autosave.conflict)}>
            {submitting ? t('form.submitting') : t('form.submit')}
          </button>
        </div>
        <p className="action-bar__hint">{t('form.submitHint')}</p>
      </div>
    </form>
  );
}
