/** A URL- and id-safe form of a name: "Hälsa i Skåne 2027" → "halsa-i-skane-2027". */
export function slugify(name: string, maxLength: number): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
