import { describe, expect, it } from 'vitest';
import * as general from '../vocabulary/library/general';
import * as olderPeople from '../vocabulary/library/older-people';
import { Analyser, DEFAULT_ANALYSER_SETTINGS, labelKey } from './analyse';
import { libraryVocabulary } from './field/build';
import { compileVocabulary, type Vocabulary } from './vocabulary';

const analyser = new Analyser();
const main = (text: string) => analyser.analyse(text).concepts[0]?.id;
const groups = (text: string) => analyser.analyse(text).targetGroups.map((g) => g.id);

describe('analyse', () => {
  it('recognises the support a text is about, in Swedish and in English', () => {
    expect(main('Vi behöver hjälp att utvärdera våra insatser för unga')).toBe('eval');
    expect(main('Vi erbjuder följeforskning och effektmätning')).toBe('eval');
    expect(main('We can evaluate peer support programmes using mixed methods.')).toBe('eval');
    expect(main('Vi erbjuder utbildning i dataskydd')).toBe('legal-gdpr');
  });

  it('reads a compound like its spelled-out phrase', () => {
    expect(main('Vi arbetar suicidpreventivt i kommunen')).toBe('suicide-prev');
    expect(main('Vi vill lära oss mer om prevention av suicid')).toBe('suicide-prev');
    expect(main('Vi behöver föräldraskapsstöd')).toBe('parenting');
    expect(main('Vi behöver stöd till föräldrar i föräldraskapet')).toBe('parenting');
  });

  it('understands abbreviations of the field', () => {
    expect(main('Vi behöver fler instruktörer i MHFA')).toBe('mhfa');
    expect(main('Hjälp med SIP-möten')).toBe('care-coordination');
    expect(main('Kunskap om ANDT i skolan')).toBe('andt');
    expect(groups('Insatser enligt LSS')).toContain('mental-illness');
  });

  it('takes every use of a word out of a kind that an ignore rule names, not only the first', () => {
    // "lokala" (local) is not "lokal" (premises), however often the text says it.
    const kinds = (text: string) => analyser.analyse(text).concepts.map((c) => c.id);
    expect(kinds('Vi har lokala nätverk.')).not.toContain('premises');
    expect(kinds('Lokala nätverk och lokala samarbetspartners i varje kommun.')).not.toContain('premises');
  });

  it('tolerates a typo in a longer word', () => {
    expect(groups('Vi saknar ett ställe för ungdommarna')).toContain('children-youth');
  });

  it('does not count request phrasing as content', () => {
    const { stems } = analyser.analyse('Vi behöver gärna hjälp och kan erbjuda stöd');
    expect(stems).not.toContain('behöv');
    expect(stems).not.toContain('erbjud');
  });

  it('lets the head of a clause win over what it is about', () => {
    expect(main('Vi behöver säkrare data om ensamhet bland de äldsta')).toBe('mh-data');
    expect(main('Statsbidrag till kommuner för aktiviteter som främjar äldres psykiska hälsa')).toBe(
      'funding',
    );
  });

  it('discounts what a clause says something is not', () => {
    const text = 'Vi söker en lokal som känns trygg och inte ligger i en skola';
    expect(main(text)).toBe('premises');
    expect(analyser.analyse(text).concepts.find((c) => c.id === 'school-prog')?.score ?? 0).toBeLessThan(1);
  });

  it('keeps a negation that states the need itself', () => {
    expect(main('Kommunen har inga egna siffror på psykisk ohälsa bland äldre')).toBe('mh-data');
    expect(main('Vi vet inte vilka digitala verktyg som är säkra')).toBe('digital');
  });

  it('can weigh what a request asks for above the rest of its sentence (decision 078)', () => {
    const focused = new Analyser(undefined, { ...DEFAULT_ANALYSER_SETTINGS, contextFactor: 0.5 });
    const scores = (reader: Analyser, text: string) =>
      Object.fromEntries(reader.analyse(text).concepts.map((c) => [c.id, c.score]));
    // "but we have no funding" is said in passing: what is asked for is premises and volunteers, "and" included.
    const english = 'We need premises and volunteers, but we have no funding.';
    expect(analyser.analyse(english).concepts[0]?.id).toBe('funding');
    expect(scores(focused, english)).toMatchObject({ premises: 3, volunteers: 3, funding: 1.5 });
    expect(
      focused
        .analyse(english)
        .concepts.slice(0, 2)
        .map((c) => c.id),
    ).toEqual(['premises', 'volunteers']);
    // The scene before the request word counts less; its object does not.
    const scene = 'Ungdomarna i vår förening mår dåligt, och vi behöver hjälp att utvärdera våra insatser.';
    expect(scores(analyser, scene)).toMatchObject({ eval: 3, 'association-admin': 2 });
    expect(scores(focused, scene)).toMatchObject({ eval: 3, 'association-admin': 1 });
    // Another sentence is background as before, and a text without a request word has no object to tell apart.
    for (const text of ['Vi har ingen budget. Vi behöver en lokal.', 'Föreningen har lokaler.']) {
      expect(focused.analyse(text).concepts).toEqual(analyser.analyse(text).concepts);
    }
  });

  it('can read a compound for its head where a prefix term names only its modifier (decision 079)', () => {
    const concept = (id: string, sv: string) => ({
      id,
      label: { sv: id, en: id },
      short: { sv: id, en: id },
      sv: { core: sv },
      en: { core: id },
    });
    const vocabulary = compileVocabulary([concept('school', 'skol*'), concept('transport', 'buss')], [], []);
    const ids = (reader: Analyser, text: string) => reader.analyse(text).concepts.map((c) => c.id);
    const plain = new Analyser(vocabulary);
    const heads = new Analyser(vocabulary, { ...DEFAULT_ANALYSER_SETTINGS, compoundHeads: true });
    // "skol*" matches the whole word, so by default the part "bussen" names nothing.
    expect(ids(plain, 'Skolbussen går för tidigt.')).toEqual(['school']);
    // A school bus is a bus: its head is read, and its modifier still names the school.
    expect(ids(heads, 'Skolbussen går för tidigt.')).toEqual(['school', 'transport']);
    // A word that is no compound reads as before.
    expect(ids(heads, 'Skolorna behöver hjälp.')).toEqual(['school']);
  });

  it('recognises the target groups a text names', () => {
    expect(groups('Stöd till äldre som känner sig ensamma')).toContain('elderly');
    expect(groups('Many trailing spouses feel isolated after moving here')).toContain('newly-arrived');
    expect(groups('Öppet för alla invånare')).toContain('general');
  });

  it('shows the words that carry each concept', () => {
    const analysis = analyser.analyse('Vi vill mäta resultat av våra insatser');
    expect(analysis.concepts[0]?.evidence).toContain('mäta resultat');
  });

  it('uses tags the organisation gave an item', () => {
    const analysis = analyser.analyse('Vi har något att erbjuda', {
      themes: ['eval'],
      targetGroups: ['äldre'],
    });
    expect(analysis.concepts[0]?.id).toBe('eval');
    expect(analysis.targetGroups.map((g) => g.id)).toContain('elderly');
  });

  it('detects English and Swedish texts', () => {
    expect(analyser.analyse('We need funding for our project').language).toBe('en');
    expect(analyser.analyse('Vi behöver pengar till projektet').language).toBe('sv');
  });

  it("reads a text's support types as a vector exactly as its analysis gives them", () => {
    // The library reading of decision 050, made without the analysis's objects: the same numbers, bit for bit.
    const library = new Analyser(libraryVocabulary(), { ...DEFAULT_ANALYSER_SETTINGS, evidence: false });
    const texts = [
      ...Object.values(general.examples).flat(),
      ...Object.values(olderPeople.examples).flat(),
      'Vi behöver hjälp att utvärdera våra insatser för unga',
      'We can evaluate peer support programmes using mixed methods.',
      'Kontakta oss gärna.',
      '',
    ];
    let named = 0;
    for (const text of texts) {
      const vector = library.conceptVector(text);
      expect(vector).toEqual(senseReading(library.analyse(text).concepts, library.vocabulary));
      if (vector.ids.length > 1) named++;
    }
    expect(named).toBeGreaterThan(20);
  });
});

describe('a library reading weighed per concept', () => {
  it('scales each concept before the vector is made a unit one, and keeps the reading as it was beside it', () => {
    const library = new Analyser(libraryVocabulary(), { ...DEFAULT_ANALYSER_SETTINGS, evidence: false });
    const text = 'Vi behöver tolk till balansträningen för seniorer och hjälp att utvärdera den.';
    const plain = library.conceptVector(text);
    expect(plain.ids.length).toBeGreaterThan(2);
    expect(plain.plain).toBeUndefined();
    const [dropped = 0, halved = 0] = plain.ids;
    const scale = new Float64Array(library.vocabulary.concepts.length).fill(1);
    scale[dropped] = 0;
    scale[halved] = 0.5;
    const scaled = library.conceptVector(text, scale);
    // The same concepts, one of them weighing nothing now, and the unscaled reading alongside.
    expect(scaled.ids).toEqual(plain.ids);
    expect(scaled.plain).toEqual(plain.weights);
    expect(scaled.weights[0]).toBe(0);
    const expected = plain.weights.map((w, k) => w * (k === 0 ? 0 : k === 1 ? 0.5 : 1));
    const norm = Math.hypot(...expected);
    scaled.weights.forEach((w, k) => {
      expect(w).toBeCloseTo((expected[k] ?? 0) / norm, 12);
    });
    expect(Math.hypot(...scaled.weights)).toBeCloseTo(1, 12);
  });
});

describe('labelKey', () => {
  it('keys a text by its words, whatever the spacing, and leaves a text already spaced so as it is', () => {
    expect(labelKey('  Vi  behöver\tstöd\n ')).toBe('Vi behöver stöd');
    expect(labelKey('Vi\u00a0behöver stöd')).toBe('Vi behöver stöd');
    const text = 'Vi behöver stöd.';
    expect(labelKey(text)).toBe(text);
  });
});

/**
 * The library reading as decision 050 first made it, from an analysis's concepts: a unit vector by concept
 * index, ascending, its norm summed in the order the analysis lists them.
 */
function senseReading(concepts: readonly { id: string; score: number }[], library: Vocabulary) {
  const pairs: [number, number][] = [];
  let norm = 0;
  for (const c of concepts) {
    const index = library.byId.get(c.id)?.index;
    if (index === undefined || c.score <= 0) continue;
    pairs.push([index, c.score]);
    norm += c.score * c.score;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { ids: pairs.map(([index]) => index), weights: pairs.map(([, score]) => score / Math.sqrt(norm)) };
}
