import { describe, expect, it } from 'vitest';
import { abbreviations } from '../vocabulary/abbreviations';
import { library } from '../vocabulary/library';
import * as alcoholDrugsGambling from '../vocabulary/library/alcohol-drugs-gambling';
import * as childrenYouth from '../vocabulary/library/children-youth';
import * as climateEnvironment from '../vocabulary/library/climate-environment';
import * as crisisPreparedness from '../vocabulary/library/crisis-preparedness';
import * as cultureCivilSociety from '../vocabulary/library/culture-civil-society';
import * as digitalInclusion from '../vocabulary/library/digital-inclusion';
import * as disabilityAccessibility from '../vocabulary/library/disability-accessibility';
import * as familyEconomicVulnerability from '../vocabulary/library/family-economic-vulnerability';
import * as foodMeals from '../vocabulary/library/food-meals';
import * as genderEqualityViolence from '../vocabulary/library/gender-equality-violence';
import * as general from '../vocabulary/library/general';
import * as housingHomelessness from '../vocabulary/library/housing-homelessness';
import * as olderPeople from '../vocabulary/library/older-people';
import * as physicalActivity from '../vocabulary/library/physical-activity';
import * as safety from '../vocabulary/library/safety';
import * as socialSustainability from '../vocabulary/library/social-sustainability';
import * as workIntegration from '../vocabulary/library/work-integration';
import { supportTypes } from '../vocabulary/support-types';
import { targetGroups } from '../vocabulary/target-groups';
import { Analyser } from './analyse';
import { compileVocabulary } from './vocabulary';

// Each field of the library comes with sentences its author wrote as organisations would: two needs and two
// offers per kind of help. Read by a mobilisation of that field (the field's kinds beside the template's
// general ones), nearly all must be read as their own kind.
const fields = {
  childrenYouth,
  foodMeals,
  general,
  olderPeople,
  physicalActivity,
  alcoholDrugsGambling,
  housingHomelessness,
  climateEnvironment,
  crisisPreparedness,
  safety,
  socialSustainability,
  workIntegration,
  disabilityAccessibility,
  genderEqualityViolence,
  cultureCivilSociety,
  familyEconomicVulnerability,
  digitalInclusion,
};

describe('the library of kinds of help', () => {
  it('compiles, with unique ids', () => {
    expect(() => compileVocabulary(library, targetGroups, abbreviations)).not.toThrow();
    expect(new Set(library.map((c) => c.id)).size).toBe(library.length);
  });

  // A line break ends a term as a comma does, so a phrase wrapped across two lines would silently become two
  // terms ("stödsamtal på" and "telefon").
  it('wraps term lists only after a comma', () => {
    const lists = [...library, ...targetGroups].flatMap((c) =>
      [c.sv, c.en, c.ignore ?? {}].flatMap((tiers) => Object.values(tiers) as string[]),
    );
    const broken = lists.flatMap((list) =>
      list
        .split('\n')
        .slice(0, -1)
        .filter((line) => line.trim() !== '' && !line.trimEnd().endsWith(',')),
    );
    expect(broken).toEqual([]);
  });

  for (const [field, { concepts, examples }] of Object.entries(fields)) {
    it(`reads the ${field} examples as their own kinds`, () => {
      const analyser = new Analyser(
        compileVocabulary([...supportTypes, ...concepts], targetGroups, abbreviations),
      );
      const all = Object.entries(examples).flatMap(([id, sentences]) => sentences.map((s) => ({ id, s })));
      const wrong = all.filter(({ id, s }) => analyser.analyse(s).concepts[0]?.id !== id);
      // A few examples lose to a neighbouring field's kind on the same words; more would mean a regression.
      expect(wrong.length / all.length).toBeLessThan(0.1);
    });
  }
});
