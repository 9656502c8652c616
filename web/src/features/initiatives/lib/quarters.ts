import type { TFunction } from 'i18next';

/** Work is planned by quarter: `2026-Q3`. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const pattern = /^(\d{4})-Q([1-4])$/;

export function parseQuarter(value: string): { year: number; quarter: number } | null {
  const match = pattern.exec(value);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

export function quarterLabel(value: string, t: TFunction): string {
  const parsed = parseQuarter(value);
  return parsed ? t('initiatives.quarter', parsed) : value;
}

export function periodLabel(period: { start: string | null; end: string | null }, t: TFunction): string {
  const { start, end } = period;
  if (start && end) {
    return start === end
      ? quarterLabel(start, t)
      : t('period.range', { start: quarterLabel(start, t), end: quarterLabel(end, t) });
  }
  if (start) return t('period.from', { start: quarterLabel(start, t) });
  if (end) return t('period.until', { end: quarterLabel(end, t) });
  return t('period.none');
}

/** Every quarter of the years given, oldest first, for choosing a period's start or end. */
export function quarterOptions(fromYear: number, toYear: number): string[] {
  const options: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) options.push(`${year}-Q${quarter}`);
  }
  return options;
}

/** The years to offer: the mobilisation's period when it has one, and always a few years around today. */
export function quarterYears(
  mobilisation: { periodStart: string | null; periodEnd: string | null } | undefined,
  keep: (string | null)[],
  today = new Date(),
): { from: number; to: number } {
  const year = today.getFullYear();
  const years = [year - 1, year + 5];
  for (const value of [mobilisation?.periodStart, mobilisation?.periodEnd, ...keep]) {
    const parsed = value ? Number(value.slice(0, 4)) : Number.NaN;
    if (Number.isInteger(parsed) && parsed > 1900) years.push(parsed);
  }
  return { from: Math.min(...years), to: Math.max(...years) };
}
