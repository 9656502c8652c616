import type { Locale } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './i18n/use-language';

const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** `YYYY-MM` as a readable month; anything else is shown as given rather than hidden. */
export function formatMonth(month: string, language: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(intlLocale[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export function formatDate(iso: string, language: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatTime(date: Date, language: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[language], { timeStyle: 'short' }).format(date);
}

/** A share in [0, 1] as a whole percentage: 0.874 → "87 %". */
export function formatPercent(share: number, language: Locale): string {
  return new Intl.NumberFormat(intlLocale[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

export function formatNumber(value: number, language: Locale): string {
  return new Intl.NumberFormat(intlLocale[language]).format(value);
}

/** Formatting bound to the current language; re-renders when the language changes. */
export function useFormat() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    language,
    month: (month: string) => formatMonth(month, language),
    date: (iso: string) => formatDate(iso, language),
    dateTime: (iso: string) => formatDateTime(iso, language),
    time: (date: Date) => formatTime(date, language),
    number: (value: number) => formatNumber(value, language),
    percent: (share: number) => formatPercent(share, language),
    period: (start: string | null, end: string | null): string | null => {
      if (start && end)
        return t('period.range', { start: formatMonth(start, language), end: formatMonth(end, language) });
      if (start) return t('period.from', { start: formatMonth(start, language) });
      if (end) return t('period.until', { end: formatMonth(end, language) });
      return null;
    },
  };
}

/** A text cut to at most `max` characters, with an ellipsis where it was cut: for names of entries in controls. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}
