import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import { type KindDraft, languages, tiers } from '../lib/kind-drafts';
import { NameFields, VocabularyEntry } from './name-fields';

type Props = {
  kind: KindDraft;
  index: number;
  errors: FieldErrors;
  onChange: (kind: KindDraft) => void;
  onRemove: () => void;
};

/** One kind of support: its names, description, presence and the words that show it, in plain language. */
export function KindFields({ kind, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => `${kind.key}-${field}`;
  const path = `kinds.${index}`;
  const name = kind.sv || kind.en || kind.id;
  const filled = [...languages].reduce(
    (n, language) => n + tiers.filter((tier) => kind.terms[language][tier].trim()).length,
    0,
  );
  return (
    <VocabularyEntry
      stored={kind.stored}
      path={path}
      errors={errors}
      summary={
        <>
          {name || t('vocabulary.newKindLegend')}
          {filled > 0 ? <span className="muted"> · {t('vocabulary.termsHeading').toLowerCase()}</span> : null}
        </>
      }
      legend={name ? t('vocabulary.kindLegend', { name }) : t('vocabulary.newKindLegend')}
      removeLabel={t('vocabulary.removeKind', { name: name || t('vocabulary.newKindLegend') })}
      onRemove={onRemove}
    >
      <NameFields entry={kind} path={path} errors={errors} onChange={onChange} />
      {(['sv', 'en'] as const).map((language) => (
        <Field
          key={`description-${language}`}
          id={id(`description-${language}`)}
          label={t(language === 'sv' ? 'vocabulary.descriptionSv' : 'vocabulary.descriptionEn')}
          errors={errorsFor(errors, `${path}.description.${language}`)}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={2}
              lang={language}
              value={kind.description[language]}
              onChange={(event) =>
                onChange({ ...kind, description: { ...kind.description, [language]: event.target.value } })
              }
            />
          )}
        </Field>
      ))}
      <div className="checkbox">
        <input
          type="checkbox"
          id={id('presence')}
          checked={kind.needsPresence}
          onChange={(event) => onChange({ ...kind, needsPresence: event.target.checked })}
        />
        <label htmlFor={id('presence')}>{t('vocabulary.needsPresence')}</label>
      </div>
      <h4>{t('vocabulary.termsHeading')}</h4>
      <p className="field__hint">{t('vocabulary.termsHint')}</p>
      <div className="kind-editor__terms">
        {languages.map((language) =>
          tiers.map((tier) => (
            <Field
              key={`${language}-${tier}`}
              id={id(`terms-${language}-${tier}`)}
              label={t(`vocabulary.tier.${tier}`, { language: t(`vocabulary.language.${language}`) })}
              errors={errorsFor(errors, `${path}.terms.${language}.${tier}`)}
              optional
            >
              {(control) => (
                <textarea
                  {...control}
                  className="textarea"
                  rows={3}
                  lang={language}
                  spellCheck={false}
                  value={kind.terms[language][tier]}
                  onChange={(event) =>
                    onChange({
                      ...kind,
                      terms: {
                        ...kind.terms,
                        [language]: { ...kind.terms[language], [tier]: event.target.value },
                      },
                    })
                  }
                />
              )}
            </Field>
          )),
        )}
      </div>
    </VocabularyEntry>
  );
}
