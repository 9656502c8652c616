import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import { countyNames, sectorIds } from '@kraftsamling/shared';
import { synthesise } from './match';

/**
 * bench:match's synthetic organisations as a profile file, with names, sectors and counties, for the benches
 * that import a mobilisation of a given size. `name`: how organisation i is called (bench:api sorts by name,
 * so it asks for names that need the Swedish sort order).
 */
export function syntheticProfileFile(
  size: number,
  name: (i: number) => string = (i) => `Organisation ${String(i + 1).padStart(5, '0')}`,
) {
  const organisations = synthesise(size);
  return parseProfileFile(
    JSON.stringify({
      goals: [
        {
          id: 'G1',
          sv: 'Ett mer hälsofrämjande samhälle och levnadssätt',
          en: 'A more health-promoting society',
        },
        {
          id: 'G2',
          sv: 'Individer som är rustade för att nå sin fulla potential',
          en: 'Individuals equipped',
        },
        { id: 'G3', sv: 'Hållbara stöd till de som behöver', en: 'Sustainable support' },
      ],
      organisations: organisations.map((o, i) => ({
        id: o.id,
        name: name(i),
        type: sectorIds[i % sectorIds.length],
        county: countyNames[i % countyNames.length],
        answers: {
          goals: 'Vi vill att fler mår bra och får stöd i tid.',
          currentProjects: [{ title: 'Vårt arbete', description: o.needs[0]?.text ?? '' }],
          supportNeeded: o.needs.map((n) => n.text),
          supportOffered: o.offers.map((n) => n.text),
        },
      })),
    }),
    'synthetic mobilisation',
  );
}
