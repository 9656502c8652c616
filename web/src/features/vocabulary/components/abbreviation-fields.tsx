import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useLanguage } from '../../../lib/i18n/use-language';
import { errorsFor, type FieldErrors } from '../../../lib/validation';
import type { AbbreviationDraft } from '../lib/language-drafts';

type Named = { id: string; sv: string; en: string };

type Props = {
  abbreviation: AbbreviationDraft;
  index: number;
  kinds: readonly Named[];
  groups: readonly Named[];
  errors: FieldErrors;
  onChange: (abbreviation: AbbreviationDraft) => void;
  onRemove: () => void;
};

/** One abbreviation of the field: what it stands for and which kind of support or target group it names. */
export function AbbreviationFields({
  abbreviation,
  index,
  kinds,
  groups,
  errors,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = (field: string) => `${abbreviation.key}-${field}`;
  const path = `abbreviations.${index}`;
  const name = abbreviation.abbreviation.trim();
  return (
    <fieldset className="fieldset abbreviation-editor" id={abbreviation.key} tabIndex={-1}>
      <legend className="field__label">
        {name ? t('vocabulary.abbreviations.legend', { name }) : t('vocabulary.abbreviations.newLegend')}
      </legend>
      <Field
        id={id('abbreviation')}
        label={t('vocabulary.abbreviations.abbreviation')}
        hint={t('vocabulary.abbreviations.abbreviationHint')}
        errors={errorsFor(errors, `${path}.abbreviation`)}
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="text"
            autoCapitalize="characters"
            spellCheck={false}
            value={abbreviation.abbreviation}
            onChange={(event) => onChange({ ...abbreviation, abbreviation: event.target.value })}
          />
        )}
      </Field>
      {(['sv', 'en'] as const).map((l) => (
        <Field
          key={l}
          id={id(l)}
          label={t(`vocabulary.abbreviations.expansion.${l}`)}
          errors={errorsFor(errors, `${path}.expansion.${l}`)}
          optional={l === 'en'}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              lang={l}
              value={abbreviation[l]}
              onChange={(event) => onChange({ ...abbreviation, [l]: event.target.value })}
            />
          )}
        </Field>
      ))}
      <Field
        id={id('means')}
        label={t('vocabulary.abbreviations.means')}
        errors={errorsFor(errors, `${path}.means`)}
      >
        {(control) => (
          <select
            {...control}
            className="select"
            value={abbreviation.means}
            onChange={(event) => onChange({ ...abbreviation, means: event.target.value })}
          >
            <option value="">{t('vocabulary.abbreviations.choose')}</option>
            <optgroup label={t('vocabulary.kinds')}>
              {kinds.map((k) => (
                <option key={`kind-${k.id}`} value={k.id}>
                  {k[language] || k.sv || k.id}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('vocabulary.groups.heading')}>
              {groups.map((g) => (
                <option key={`group-${g.id}`} value={g.id}>
                  {g[language] || g.sv || g.id}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <div className="checkbox">
        <input
          type="checkbox"
          id={id('case')}
          checked={abbreviation.caseSensitive}
          onChange={(event) => onChange({ ...abbreviation, caseSensitive: event.target.checked })}
        />
        <label htmlFor={id('case')}>{t('vocabulary.abbreviations.caseSensitive')}</label>
      </div>
      <button type="button" className="button button--quiet button--remove" onClick={onRemove}>
        {t('vocabulary.abbreviations.remove', { name: name || t('vocabulary.abbreviations.newLegend') })}
      </button>
    </fieldset>
  );
}
