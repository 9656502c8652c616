import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CountyName, counties, countyNames } from './counties';
import { isMunicipalityInCounty, municipalities, municipalitiesInCounty } from './municipalities';

const expectedCountsByCounty: Record<CountyName, number> = {
  'Stockholms län': 26,
  'Uppsala län': 8,
  'Södermanlands län': 9,
  'Östergötlands län': 13,
  'Jönköpings län': 13,
  'Kronobergs län': 8,
  'Kalmar län': 12,
  'Gotlands län': 1,
  'Blekinge län': 5,
  'Skåne län': 33,
  'Hallands län': 6,
  'Västra Götalands län': 49,
  'Värmlands län': 16,
  'Örebro län': 12,
  'Västmanlands län': 10,
  'Dalarnas län': 15,
  'Gävleborgs län': 10,
  'Västernorrlands län': 7,
  'Jämtlands län': 8,
  'Västerbottens län': 15,
  'Norrbottens län': 14,
};

describe('counties', () => {
  it('lists all 21 counties', () => {
    expect(counties).toHaveLength(21);
  });

  it('has unique two-digit codes and unique names', () => {
    expect(counties.every((county) => /^\d{2}$/.test(county.code))).toBe(true);
    expect(new Set(counties.map((county) => county.code)).size).toBe(21);
    expect(new Set(counties.map((county) => county.name)).size).toBe(21);
  });

  it('uses the official county names', () => {
    expect(countyNames).toContain('Västra Götalands län');
    expect(countyNames).toContain('Skåne län');
    expect(countyNames).toContain('Gotlands län');
    expect(counties.find((county) => county.code === '14')?.name).toBe('Västra Götalands län');
  });

  it('exposes county names in the same order as the counties', () => {
    expect(countyNames).toEqual(counties.map((county) => county.name));
  });

  it('can be used as a zod enum', () => {
    const schema = z.enum(countyNames);
    expect(schema.parse('Örebro län')).toBe('Örebro län');
    expect(schema.safeParse('Örebro').success).toBe(false);
  });
});

describe('municipalities', () => {
  it('lists exactly 290 municipalities', () => {
    expect(municipalities).toHaveLength(290);
  });

  it('has unique four-digit codes', () => {
    expect(municipalities.every((m) => /^\d{4}$/.test(m.code))).toBe(true);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(290);
  });

  it('has unique names within each county', () => {
    for (const county of counties) {
      const names = municipalitiesInCounty(county.name).map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('derives each county code from the first two digits of the municipality code', () => {
    for (const m of municipalities) {
      expect(m.countyCode).toBe(m.code.slice(0, 2));
    }
  });

  it('refers only to existing counties', () => {
    const countyCodes = new Set<string>(counties.map((county) => county.code));
    for (const m of municipalities) {
      expect(countyCodes.has(m.countyCode)).toBe(true);
    }
  });

  it('writes names without the word kommun', () => {
    expect(municipalities.some((m) => /kommun/i.test(m.name))).toBe(false);
  });

  it('contains well-known municipalities with their official codes and spellings', () => {
    const byCode = new Map(municipalities.map((m) => [m.code, m.name]));
    expect(byCode.get('0180')).toBe('Stockholm');
    expect(byCode.get('1480')).toBe('Göteborg');
    expect(byCode.get('1280')).toBe('Malmö');
    expect(byCode.get('0380')).toBe('Uppsala');
    expect(byCode.get('2580')).toBe('Luleå');
    expect(byCode.get('0980')).toBe('Gotland');
    expect(byCode.get('0114')).toBe('Upplands Väsby');
    expect(byCode.get('2023')).toBe('Malung-Sälen');
    expect(byCode.get('1438')).toBe('Dals-Ed');
    expect(byCode.get('1462')).toBe('Lilla Edet');
    expect(byCode.get('2518')).toBe('Övertorneå');
    expect(byCode.get('2521')).toBe('Pajala');
  });

  it.each(Object.entries(expectedCountsByCounty))(
    'has the right number of municipalities in %s',
    (county, count) => {
      expect(municipalitiesInCounty(county)).toHaveLength(count);
    },
  );

  it('expects per-county counts that add up to 290', () => {
    const total = Object.values(expectedCountsByCounty).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(290);
  });
});

describe('municipalitiesInCounty', () => {
  it('returns the municipalities of the given county', () => {
    expect(municipalitiesInCounty('Gotlands län')).toEqual([
      { code: '0980', name: 'Gotland', countyCode: '09' },
    ]);
    expect(municipalitiesInCounty('Norrbottens län').map((m) => m.name)).toContain('Pajala');
  });

  it('returns an empty list for an unknown county', () => {
    expect(municipalitiesInCounty('Lapplands län')).toEqual([]);
  });
});

describe('isMunicipalityInCounty', () => {
  it('accepts a municipality in its own county', () => {
    expect(isMunicipalityInCounty('Göteborg', 'Västra Götalands län')).toBe(true);
    expect(isMunicipalityInCounty('Heby', 'Uppsala län')).toBe(true);
  });

  it('rejects a municipality in another county', () => {
    expect(isMunicipalityInCounty('Göteborg', 'Skåne län')).toBe(false);
  });

  it('rejects unknown municipalities and counties', () => {
    expect(isMunicipalityInCounty('Atlantis', 'Skåne län')).toBe(false);
    expect(isMunicipalityInCounty('Malmö', 'Atlantis län')).toBe(false);
  });

  it('matches names case-sensitively and exactly', () => {
    expect(isMunicipalityInCounty('malmö', 'Skåne län')).toBe(false);
    expect(isMunicipalityInCounty('Malmö', 'skåne län')).toBe(false);
    expect(isMunicipalityInCounty('Malmö kommun', 'Skåne län')).toBe(false);
    expect(isMunicipalityInCounty(' Malmö', 'Skåne län')).toBe(false);
  });
});
