import { type Locale, localeSchema } from '@kraftsamling/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en as zodEn, sv as zodSv } from 'zod/locales';
import { en } from './en';
import { sv } from './sv';

declare module 'i18next' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: i18next's typing is extended by declaration merging, which needs an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

export const languages: readonly Locale[] = ['sv', 'en'];
const storageKey = 'kraftsamling.language';

function storedLanguage(): Locale {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(storageKey));
    return parsed.success ? parsed.data : 'sv';
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); Swedish is the default anyway.
    return 'sv';
  }
}

/** Everything that follows the language: the page's lang attribute and zod's built-in validation messages. */
function applyLanguage(language: Locale) {
  document.documentElement.lang = language;
  z.config(language === 'sv' ? zodSv() : zodEn());
}

export const i18n = i18next.createInstance();

const initialLanguage = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: 'sv',
  supportedLngs: languages,
  // Resources are bundled, so initialisation is synchronous and the first render already has its texts.
  initAsync: false,
  interpolation: { escapeValue: false },
});
applyLanguage(initialLanguage);

export function currentLanguage(): Locale {
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'sv';
}

export async function setLanguage(language: Locale): Promise<void> {
  await i18n.changeLanguage(language);
  applyLanguage(language);
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}
