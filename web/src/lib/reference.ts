import { type Locale, type SectorId, sectors, type TargetGroupId, targetGroups } from '@kraftsamling/shared';

export function sectorLabel(id: SectorId, language: Locale): string {
  const sector = sectors.find((s) => s.id === id);
  return sector ? sector[language] : id;
}

export function targetGroupLabel(id: TargetGroupId, language: Locale): string {
  const group = targetGroups.find((g) => g.id === id);
  return group ? group[language] : id;
}

/**
 * The goals a form offers: the active ones, and a retired one only where it was chosen before the form opened
 * (the server refuses a retired goal chosen anew).
 */
export function choosableGoals<G extends { code: string; retired?: boolean }>(
  goals: readonly G[],
  held: readonly string[],
): G[] {
  return goals.filter((g) => !g.retired || held.includes(g.code));
}

/** A mobilisation's goal in the chosen language; goals entered only in Swedish stay Swedish. */
export function goalText(goal: { sv: string; en: string }, language: Locale): { text: string; lang: Locale } {
  if (language === 'en' && goal.en.trim()) return { text: goal.en, lang: 'en' };
  return { text: goal.sv, lang: 'sv' };
}
