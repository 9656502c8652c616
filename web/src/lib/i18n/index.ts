import { type Locale, localeSchema } from '@kraftsamling/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { sv as zodSv } from 'zod/locales';
import type { sv as coordination } from './sections/coordination.sv';
import type { sv as currency } from './sections/currency.sv';
import type { sv as imports } from './sections/imports.sv';
import type { sv as initiatives } from './sections/initiatives.sv';
import type { sv as map } from './sections/map.sv';
import type { sv as memberHome } from './sections/member-home.sv';
import type { sv as mobilisationSettings } from './sections/mobilisation-settings.sv';
import type { sv as notifications } from './sections/notifications.sv';
import type { sv as overview } from './sections/overview.sv';
import type { sv as partners } from './sections/partners.sv';
import type { sv as profileForm } from './sections/profile-form.sv';
import type { sv as review } from './sections/review.sv';
import type { sv as vocabulary } from './sections/vocabulary.sv';
import { sv } from './sv';

/**
 * How the texts load. Swedish core texts (`sv.ts`: the shell, common words, errors, validation) are in the
 * first load, so the first render is synchronous. Everything else arrives on demand:
 * - English (`en.ts`, zod's English messages) when English is chosen, before the switch, so nothing shows half
 *   translated;
 * - the texts of larger features (`sections/*.{sv,en}.ts`) with the pages that use them: the router's lazy
 *   routes ask for them next to the page's code (`loadTexts`), in the current language.
 * The type of `t()` covers every key, core and sections, and each English file is typed by its Swedish one, so
 * a text without its translation fails the type check.
 */
type AllTexts = typeof sv &
  typeof coordination &
  typeof currency &
  typeof imports &
  typeof initiatives &
  typeof map &
  typeof mobilisationSettings &
  typeof memberHome &
  typeof notifications &
  typeof overview &
  typeof partners &
  typeof profileForm &
  typeof review &
  typeof vocabulary;

declare module 'i18next' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: i18next's typing is extended by declaration merging, which needs an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllTexts };
  }
}

type Texts = Record<string, unknown>;
type Loader = () => Promise<Texts>;

const sectionLoaders = {
  coordination: {
    sv: async () => (await import('./sections/coordination.sv')).sv,
    en: async () => (await import('./sections/coordination.en')).en,
  },
  currency: {
    sv: async () => (await import('./sections/currency.sv')).sv,
    en: async () => (await import('./sections/currency.en')).en,
  },
  imports: {
    sv: async () => (await import('./sections/imports.sv')).sv,
    en: async () => (await import('./sections/imports.en')).en,
  },
  initiatives: {
    sv: async () => (await import('./sections/initiatives.sv')).sv,
    en: async () => (await import('./sections/initiatives.en')).en,
  },
  map: {
    sv: async () => (await import('./sections/map.sv')).sv,
    en: async () => (await import('./sections/map.en')).en,
  },
  mobilisationSettings: {
    sv: async () => (await import('./sections/mobilisation-settings.sv')).sv,
    en: async () => (await import('./sections/mobilisation-settings.en')).en,
  },
  memberHome: {
    sv: async () => (await import('./sections/member-home.sv')).sv,
    en: async () => (await import('./sections/member-home.en')).en,
  },
  notifications: {
    sv: async () => (await import('./sections/notifications.sv')).sv,
    en: async () => (await import('./sections/notifications.en')).en,
  },
  overview: {
    sv: async () => (await import('./sections/overview.sv')).sv,
    en: async () => (await import('./sections/overview.en')).en,
  },
  partners: {
    sv: async () => (await import('./sections/partners.sv')).sv,
    en: async () => (await import('./sections/partners.en')).en,
  },
  profileForm: {
    sv: async () => (await import('./sections/profile-form.sv')).sv,
    en: async () => (await import('./sections/profile-form.en')).en,
  },
  review: {
    sv: async () => (await import('./sections/review.sv')).sv,
    en: async () => (await import('./sections/review.en')).en,
  },
  vocabulary: {
    sv: async () => (await import('./sections/vocabulary.sv')).sv,
    en: async () => (await import('./sections/vocabulary.en')).en,
  },
} satisfies Record<string, Record<Locale, Loader>>;

/** A feature's texts that load with its pages rather than with the app. */
export type TextSection = keyof typeof sectionLoaders;

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

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv } },
  lng: 'sv',
  fallbackLng: 'sv',
  supportedLngs: languages,
  // The Swedish core is bundled, so initialisation is synchronous and the first render already has its texts.
  initAsync: false,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = 'sv';
z.config(zodSv());

/** What has been added to i18next, per language: `core` and the sections. */
const added = new Set<string>(['sv:core']);
/** The sections some page has asked for: switching language brings them along. */
const wanted = new Set<TextSection>();

async function addTexts(language: Locale, part: 'core' | TextSection): Promise<void> {
  const key = `${language}:${part}`;
  if (added.has(key)) return;
  const texts: Texts =
    part === 'core' ? (await import('./english')).en : await sectionLoaders[part][language]();
  i18n.addResourceBundle(language, 'translation', texts, true, true);
  added.add(key);
}

/** Everything that follows the language: the page's lang attribute and zod's built-in validation messages. */
async function applyLanguage(language: Locale): Promise<void> {
  document.documentElement.lang = language;
  z.config(language === 'sv' ? zodSv() : (await import('./english')).zodEn());
}

/**
 * Loads a page's text sections in the current language (the router calls it beside the page's own import).
 * Resolves once they can be used.
 */
export async function loadTexts(sections: readonly TextSection[]): Promise<void> {
  for (const section of sections) wanted.add(section);
  const language = currentLanguage();
  await Promise.all(sections.map((section) => addTexts(language, section)));
}

export function currentLanguage(): Locale {
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'sv';
}

/** Switches language once its texts (core and every section in use) have arrived, and remembers the choice. */
export async function setLanguage(language: Locale): Promise<void> {
  await Promise.all([
    addTexts(language, 'core'),
    ...[...wanted].map((section) => addTexts(language, section)),
  ]);
  await i18n.changeLanguage(language);
  await applyLanguage(language);
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/**
 * Before the first render: the language the person chose on an earlier visit. Swedish is ready at once;
 * English waits for its texts so the page does not flash in Swedish first.
 */
export function startLanguage(): Promise<void> {
  const language = storedLanguage();
  return language === 'sv' ? Promise.resolve() : setLanguage(language);
}
