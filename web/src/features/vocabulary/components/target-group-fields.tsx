import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import { languages } from '../lib/kind-drafts';
import type { GroupDraft } from '../lib/language-drafts';
import { NameFields, VocabularyEntry } from './name-fields';

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
    <VocabularyEntry
      stored={group.stored}
      path={path}
      errors={errors}
      summary={name || t('vocabulary.groups.newLegend')}
      legend={name ? t('vocabulary.groups.legend', { name }) : t('vocabulary.groups.newLegend')}
      removeLabel={t('vocabulary.groups.remove', { name: name || t('vocabulary.groups.newLegend') })}
      onRemove={onRemove}
    >
      {group.general ? <p className="field__hint">{t('vocabulary.groups.general')}</p> : null}
      <NameFields entry={group} path={path} errors={errors} withIdErrors onChange={onChange} />
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
    </VocabularyEntry>
  );
}
