import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import { idFrom, languages } from '../lib/kind-drafts';

/** What kinds of support and target groups have alike: a key for the form, an id and a name in each language. */
type Named = { key: string; stored: boolean; id: string; sv: string; en: string };

type EntryProps = {
  /** Open when new (there is nothing to read folded) or when something under `path` needs correcting. */
  stored: boolean;
  path: string;
  errors: FieldErrors;
  summary: ReactNode;
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
};

/** One entry of the vocabulary, folded to its name once stored, with a button that removes it. */
export function VocabularyEntry({
  stored,
  path,
  errors,
  summary,
  legend,
  removeLabel,
  onRemove,
  children,
}: EntryProps) {
  return (
    <details className="kind-editor" open={!stored || errorsFor(errors, path).length > 0}>
      <summary className="kind-editor__summary">{summary}</summary>
      <fieldset className="fieldset">
        <legend className="visually-hidden">{legend}</legend>
        {children}
        <button type="button" className="button button--quiet button--remove" onClick={onRemove}>
          {removeLabel}
        </button>
      </fieldset>
    </details>
  );
}

type Props<T extends Named> = {
  entry: T;
  path: string;
  errors: FieldErrors;
  /** Show the errors on the id under the Swedish name, which a new entry's id is made from. */
  withIdErrors?: boolean;
  onChange: (entry: T) => void;
};

/** The name in Swedish and in English; a new entry takes its id from the Swedish one as it is typed. */
export function NameFields<T extends Named>({
  entry,
  path,
  errors,
  withIdErrors = false,
  onChange,
}: Props<T>) {
  const { t } = useTranslation();
  return languages.map((language) => (
    <Field
      key={language}
      id={`${entry.key}-${language}`}
      label={t(`vocabulary.${language}`)}
      errors={errorsFor(errors, `${path}.${language}`).concat(
        withIdErrors && language === 'sv' ? errorsFor(errors, `${path}.id`) : [],
      )}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          type="text"
          lang={language}
          value={entry[language]}
          onChange={(event) =>
            onChange({
              ...entry,
              [language]: event.target.value,
              ...(language === 'sv' && !entry.stored ? { id: idFrom(event.target.value) } : {}),
            })
          }
        />
      )}
    </Field>
  ));
}
