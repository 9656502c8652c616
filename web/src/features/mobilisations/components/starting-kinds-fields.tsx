import type { Mobilisation, SupportKind } from '@kraftsamling/shared';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldErrorText } from '../../../components/ui/field';
import { useLanguage } from '../../../lib/i18n/use-language';
import type { FieldErrors } from '../../../lib/validation';
import { addedKind, type KindsChoice, kindSources } from '../lib/starting-kinds';

type Props = {
  choice: KindsChoice;
  /** The chosen source's kinds (undefined while they load, or before a mobilisation to copy is chosen). */
  source: readonly SupportKind[] | undefined;
  sourcePending: boolean;
  /** Mobilisations whose kinds can be copied. */
  mobilisations: readonly Mobilisation[];
  /** How many kinds each template has, for the choice's labels. */
  counts: Partial<Record<string, number>>;
  errors: FieldErrors;
  onChange: (choice: KindsChoice) => void;
};

/**
 * The new mobilisation's kinds of support: a template, a copy of another mobilisation's, or its own from scratch;
 * kinds of the source can be left out and new ones named. Terms and descriptions come later, in the vocabulary.
 */
export function StartingKindsFields({
  choice,
  source,
  sourcePending,
  mobilisations,
  counts,
  errors,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [names, setNames] = useState({ sv: '', en: '' });
  const [addError, setAddError] = useState<string | null>(null);
  const errorsAt = (prefix: string) =>
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .flatMap(([, messages]) => messages);
  const listErrors = errorsAt('kinds.list');
  const current = [...(choice.from === 'scratch' ? [] : (source ?? [])), ...choice.added];

  const add = () => {
    const kind = addedKind(names, current);
    if (kind === 'required') setAddError(t('mobilisationSettings.kinds.nameRequired'));
    else if (kind === 'taken') setAddError(t('mobilisationSettings.kinds.nameTaken'));
    else {
      setAddError(null);
      setNames({ sv: '', en: '' });
      onChange({ ...choice, added: [...choice.added, kind] });
    }
  };
  // Enter in a name adds the kind rather than moving on to the next step.
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  const toggle = (id: string, keep: boolean) => {
    const left = new Set(choice.left);
    if (keep) left.delete(id);
    else left.add(id);
    onChange({ ...choice, left });
  };

  return (
    <>
      <fieldset className="fieldset" id="mobilisation-kinds" tabIndex={-1}>
        <legend className="field__label">{t('mobilisationSettings.kinds.from')}</legend>
        <p className="field__hint">{t('mobilisationSettings.kinds.fromHint')}</p>
        <div className="radio-list">
          {kindSources.map((from) => (
            <div className="checkbox" key={from}>
              <input
                type="radio"
                id={`mobilisation-kinds-${from}`}
                name="mobilisation-kinds-from"
                checked={choice.from === from}
                onChange={() => onChange({ ...choice, from, left: new Set() })}
              />
              <label htmlFor={`mobilisation-kinds-${from}`} className="radio-list__label">
                {t(`mobilisationSettings.kinds.source.${from}`, { count: counts[from] ?? 0 })}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {choice.from === 'mobilisation' ? (
        <Field
          id="mobilisation-kinds-copy"
          label={t('mobilisationSettings.kinds.copyFrom')}
          errors={errorsAt('kinds.mobilisationId')}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={choice.mobilisationId}
              onChange={(event) =>
                onChange({ ...choice, mobilisationId: event.target.value, left: new Set() })
              }
            >
              <option value="">{t('mobilisationSettings.kinds.chooseMobilisation')}</option>
              {mobilisations.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}

      {choice.from !== 'scratch' && (choice.from !== 'mobilisation' || choice.mobilisationId) ? (
        <fieldset className="fieldset" id="mobilisation-kinds-list" tabIndex={-1}>
          <legend className="field__label">{t('mobilisationSettings.kinds.sourceKinds')}</legend>
          <p className="field__hint">{t('mobilisationSettings.kinds.sourceKindsHint')}</p>
          <FieldErrorText id="mobilisation-kinds-list-error" errors={listErrors} />
          {sourcePending ? (
            <p className="loading" role="status">
              {t('common.loading')}
            </p>
          ) : (
            <div className="checkbox-columns">
              {(source ?? []).map((kind) => (
                <div className="checkbox" key={kind.id}>
                  <input
                    type="checkbox"
                    id={`starting-kind-${kind.id}`}
                    checked={!choice.left.has(kind.id)}
                    onChange={(event) => toggle(kind.id, event.target.checked)}
                  />
                  <label htmlFor={`starting-kind-${kind.id}`}>{kind[language]}</label>
                </div>
              ))}
            </div>
          )}
        </fieldset>
      ) : null}

      <fieldset className="fieldset" id="mobilisation-kinds-new" tabIndex={-1}>
        <legend className="field__label">{t('mobilisationSettings.kinds.own')}</legend>
        <p className="field__hint">{t('mobilisationSettings.kinds.ownHint')}</p>
        {choice.from === 'scratch' ? (
          <FieldErrorText id="mobilisation-kinds-new-error" errors={listErrors} />
        ) : null}
        {choice.added.length > 0 ? (
          <ul className="added-kinds">
            {choice.added.map((kind) => (
              <li key={kind.key}>
                <span lang="sv">{kind.sv}</span>
                {kind.en !== kind.sv ? (
                  <>
                    {' · '}
                    <span lang="en">{kind.en}</span>
                  </>
                ) : null}{' '}
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() =>
                    onChange({ ...choice, added: choice.added.filter((k) => k.key !== kind.key) })
                  }
                >
                  {t('mobilisationSettings.kinds.remove', { name: kind[language] })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <Field
          id="new-kind-sv"
          label={t('mobilisationSettings.kinds.newSv')}
          errors={addError ? [addError] : []}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              lang="sv"
              value={names.sv}
              onKeyDown={onEnter}
              onChange={(event) => setNames({ ...names, sv: event.target.value })}
            />
          )}
        </Field>
        <Field
          id="new-kind-en"
          label={t('mobilisationSettings.kinds.newEn')}
          hint={t('mobilisationSettings.kinds.newEnHint')}
          optional
        >
          {(control) => (
            <input
              {...control}
              className="input"
              lang="en"
              value={names.en}
              onKeyDown={onEnter}
              onChange={(event) => setNames({ ...names, en: event.target.value })}
            />
          )}
        </Field>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('mobilisationSettings.kinds.add')}
        </button>
      </fieldset>
    </>
  );
}
