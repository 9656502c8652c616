import { useTranslation } from 'react-i18next';
import { languages, setLanguage } from '../../lib/i18n';
import { useLanguage } from '../../lib/i18n/use-language';

/** Each language is named in itself (and marked with its lang), so people find theirs whatever is showing. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <fieldset className="language-switcher">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={current === language}
          onClick={() => void setLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
