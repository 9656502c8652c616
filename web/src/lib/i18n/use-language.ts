import type { Locale } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';

/** The current UI language as the API's locale type; re-renders when the person switches language. */
export function useLanguage(): Locale {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'sv';
}
