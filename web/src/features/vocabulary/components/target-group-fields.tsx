import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import { languages } from '../lib/kind-drafts';
import { type GroupDraft, groupIdFrom } from '../lib/language-drafts';

type Props = {
  group: GroupDraft;
  index: number;
  errors: FieldErrors;
  onChange: (group: GroupDraft) => void;
  onRemove: () => void;
};

/** One target group: its names and the words that show a text concerns it, one per line. */
export function TargetGroupFields({ group, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => `${group.key}-${field}`;
  const path = `targetGroups.${index}`;
  const name = group.sv || group.en || group.id;
  return (
    <details className="kind-editor" open={!group.stored || errorsFor(errors, path).length > 0}>
      <summary className="kind-editor__summary">{name || t('vocabulary.groups.newLegend')}</summary>
      <fieldset className="fieldset">
        <legend className="visually-hidden">
          {name ? t('vocabulary.groups.legend', { name }) : t('vocabulary.groups.newLegend')}
        </legend>
        {group.general ? <p className="field__hint">{t('vocabulary.groups.general')}</p> : null}
        {languages.map((language) => (
          <Field
            key={language}
            id={id(language)}
            label={t(`vocabulary.${language}`)}
            errors={errorsFor(errors, `${path}.${language}`).concat(
              language === 'sv' ? errorsFor(errors, `${path}.id`) : [],
            )}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                lang={language}
                value={group[language]}
                onChange={(event) =>
                  onChange({
                    ...group,
                    [language]: event.target.value,
                    ...(language === 'sv' && !group.stored ? { id: groupIdFrom(event.target.value) } : {}),
                  })
                }
              />
            )}
          </Field>
        ))}
        {languages.map((language) => (
          <Field
            key={`words-${language}`}
            id={id(`words-${language}`)}
            label={t('vocabulary.groups.words', { language: t(`vocabulary.language.${language}`) })}
            hint={t('vocabulary.groups.wordsHint')}
            errors={errorsFor(errors, `${path}.terms.${language}`)}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                rows={3}
                lang={language}
                spellCheck={false}
                value={group.words[language]}
                onChange={(event) =>
                  onChange({ ...group, words: { ...group.words, [language]: event.target.value } })
                }
              />
            )}
          </Field>
        ))}
        <button type="button" className="button button--quiet button--remove" onClick={onRemove}>
          {t('vocabulary.groups.remove', { name: name || t('vocabulary.groups.newLegend') })}
        </button>
      </fieldset>
    </details>
  );
}
