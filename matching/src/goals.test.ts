import { describe, expect, it } from 'vitest';
import { Field } from './field/field';
import { learnField } from './field/model';
import {
  DEFAULT_GOAL_SETTINGS,
  describeGoalReason,
  type GoalDefinition,
  goalGroupsOf,
  goalKindsOf,
  linkGoals,
} from './goals';

// The goals of a mobilisation in an unusual order and with made-up ids: linking reads their texts.
const goals: GoalDefinition[] = [
  { id: 'stod', sv: 'Hållbara stöd till de som behöver', en: 'Sustainable support for those who need it' },
  { id: 'fram', sv: 'Ett mer hälsofrämjande samhälle och levnadssätt' },
  { id: 'rust', en: 'Individuals who are equipped to reach their full potential' },
];
const link = (title: string, description: string) =>
  linkGoals(goals, [{ id: 'o', projects: [{ title, description }] }])[0];

describe('linkGoals', () => {
  it('links care and crisis support to support for those who need it', () => {
    expect(link('Jourtelefon', 'Telefonjour för våldsutsatta kvinnor och män, alla dagar.')?.goal).toBe(
      'stod',
    );
    expect(link('Integrerad mottagning', 'Beroendevård och psykiatri på samma mottagning.')?.goal).toBe(
      'stod',
    );
  });

  it('links open activities and prevention to a health-promoting society', () => {
    expect(link('Aktiv fritid', 'Gratis prova-på-aktiviteter och motion för alla åldrar.')?.goal).toBe(
      'fram',
    );
    expect(link('Alkoholprevention', 'Kontrollköp och information till föräldrar om alkohol.')?.goal).toBe(
      'fram',
    );
  });

  it('links skills, school and parenting work to equipping individuals, also from an English goal', () => {
    expect(link('Föräldragrupper', 'Föräldraprogram för familjer med små barn.')?.goal).toBe('rust');
    expect(link('Lessons on feelings', 'School programme where pupils learn to handle stress.')?.goal).toBe(
      'rust',
    );
  });

  it('gives one link per project, in order, with a score in [0, 1] and reasons', () => {
    const links = linkGoals(goals, [
      { id: 'a', projects: [{ title: 'Sorgegrupp', description: 'Samtalsgrupp för efterlevande.' }, {}] },
    ]);
    expect(links.map((l) => [l.org, l.index])).toEqual([
      ['a', 0],
      ['a', 1],
    ]);
    expect(links[0]?.score).toBeGreaterThan(0);
    expect(links[0]?.score).toBeLessThanOrEqual(1);
    expect(links[0]?.reasons[0]?.kind).toBe('goalTheme');
    expect(links[1]?.score).toBe(0);
  });

  it('explains a link in Swedish and English', () => {
    const reason = {
      kind: 'goalTheme' as const,
      theme: 'sustainable-support',
      concepts: ['crisis-line'],
      words: [],
    };
    expect(describeGoalReason(reason, 'sv')).toBe(
      'projektet bidrar till hållbara stöd till de som behöver: stödlinjer och krisstöd',
    );
    expect(describeGoalReason(reason, 'en')).toBe(
      'the project contributes to sustainable support for those who need it: helplines and crisis support',
    );
  });

  it("learns a mobilisation's words from its projects read clearly, and most from coordinators' corrections", () => {
    const field = Field.fromModel(
      learnField({ kinds: [{ id: 'premises', sv: 'Lokaler', en: 'Premises' }], items: [] }),
    );
    const own = [
      { id: 'move', sv: 'Fler barn rör sig varje dag' },
      { id: 'food', sv: 'Fler hushåll äter hållbar mat' },
    ];
    const unsaid = { id: 'c', projects: [{ title: 'Pelikanklubben', description: 'Vi ses på torsdagar.' }] };
    // Projects are read against each other: a mobilisation has projects for each of its goals.
    const moving = [
      { id: 'd', projects: [{ title: 'Rörelsepasset', description: 'Barn rör sig varje dag i skolan.' }] },
      { id: 'e', projects: [{ title: 'Cykelskolan', description: 'Fler barn rör sig till skolan.' }] },
    ];
    // Two organisations' projects plainly about food share a name with a project that names no goal's words.
    const guessed = linkGoals(
      own,
      [
        {
          id: 'a',
          projects: [{ title: 'Pelikanklubben', description: 'Hållbar mat för hushåll i kvarteret.' }],
        },
        {
          id: 'b',
          projects: [{ title: 'Pelikanklubben Gränby', description: 'Hushåll äter hållbar mat ihop.' }],
        },
        unsaid,
        ...moving,
      ],
      { field },
    );
    expect(guessed.map((l) => l.goal)).toEqual(['food', 'food', 'food', 'move', 'move']);
    expect(guessed[2]?.reasons).toContainEqual({ kind: 'learnedWords', words: ['pelikanklubben'] });
    // The same name in two projects a coordinator linked to food is the mobilisation's word for it, though
    // neither says anything about food.
    const corrected = linkGoals(
      own,
      [
        { id: 'a', projects: [{ title: 'Pelikanklubben', description: 'Grannar ses.' }] },
        { id: 'b', projects: [{ title: 'Pelikanklubben Gränby', description: 'Vi ses varje vecka.' }] },
        unsaid,
        ...moving,
      ],
      {
        field,
        corrections: [
          { text: 'Pelikanklubben. Grannar ses.', goal: 'food' },
          { text: 'Pelikanklubben Gränby. Vi ses varje vecka.', goal: 'food' },
        ],
      },
    );
    expect(corrected.map((l) => l.goal)).toEqual(['food', 'food', 'food', 'move', 'move']);
    expect(corrected[2]?.score).toBeGreaterThan(0.5);
  });

  it('reads a project that says little in the light of what its organisation works for', () => {
    const field = Field.fromModel(
      learnField({ kinds: [{ id: 'premises', sv: 'Lokaler', en: 'Premises' }], items: [] }),
    );
    const own = [
      { id: 'move', sv: 'Fler barn rör sig varje dag' },
      { id: 'food', sv: 'Fler hushåll äter hållbar mat' },
    ];
    const links = linkGoals(
      own,
      [
        {
          id: 'a',
          goals: 'Vi vill att fler hushåll äter hållbar mat.',
          projects: [{ title: 'Torsdagsträffen', description: 'Vi ses på torsdagar.' }],
        },
        {
          id: 'b',
          goals: 'Barn ska röra sig mer, varje dag.',
          projects: [{ title: 'Kvällsöppet', description: 'Öppet hus i vår lokal.' }],
        },
        { id: 'c', projects: [{ title: 'Skafferiet', description: 'Hållbar mat till hushåll.' }] },
        { id: 'd', projects: [{ title: 'Rörelsepasset', description: 'Barn rör sig i skolan.' }] },
      ],
      { field },
    );
    expect(links.map((l) => l.goal)).toEqual(['food', 'move', 'food', 'move']);
  });
});

describe('linkGoals, goals of any field', () => {
  const field = Field.fromModel(
    learnField({
      kinds: [
        { id: 'jobs', sv: 'Jobbmatchning och praktik', en: 'Job matching and work placements' },
        { id: 'language', sv: 'Språkträning', en: 'Language training' },
      ],
      items: [],
    }),
  );
  const goals: GoalDefinition[] = [
    {
      id: 'work',
      sv: 'Fler nyanlända i egen försörjning genom arbete',
      en: 'More newly arrived people supporting themselves through work',
    },
    {
      id: 'language',
      sv: 'Språk och utbildning som öppnar vägar',
      en: 'Language and education that open pathways',
    },
  ];

  it('does not take whom a goal is for, named in English, as what the goal is about', () => {
    const links = linkGoals(
      goals,
      [
        {
          id: 'a',
          projects: [{ title: 'Language café', description: 'Conversation practice for refugees.' }],
        },
        {
          id: 'b',
          projects: [{ title: 'Språkcafé', description: 'Samtal på svenska två kvällar i veckan.' }],
        },
        {
          id: 'c',
          projects: [{ title: 'Jobbspåret', description: 'Praktik och jobbmatchning hos arbetsgivare.' }],
        },
        { id: 'd', projects: [{ title: 'Job track', description: 'Work placements with employers.' }] },
      ],
      { field },
    );
    expect(links.map((l) => l.goal)).toEqual(['language', 'language', 'work', 'work']);
  });

  it("gives no goal theme as a reason where the themes did not link the field's goals", () => {
    // "hälsofrämjande" in one goal names a theme; the goals as a whole do not, so the field's evidence links
    // them, and a reason naming the template's "hälsofrämjande samhälle" would say what did not count.
    const links = linkGoals(
      [
        { id: 'places', sv: 'Trygga, hälsofrämjande och inkluderande närmiljöer' },
        { id: 'governance', sv: 'Social hållbarhet inbyggd i styrning och planering' },
      ],
      [
        {
          id: 'a',
          projects: [{ title: 'Nattfotboll', description: 'Öppen hall fredagar med fika och motion.' }],
        },
        {
          id: 'b',
          projects: [
            { title: 'Välfärdsbokslut', description: 'Årlig rapport om välfärden till fullmäktige.' },
          ],
        },
      ],
      { field },
    );
    expect(links.flatMap((l) => l.reasons).filter((r) => r.kind === 'goalTheme')).toEqual([]);
  });
});

describe('linkGoals, goals that differ by whom they are for', () => {
  const field = Field.fromModel(
    learnField({
      kinds: [{ id: 'exercise', sv: 'Motion och träning', en: 'Exercise and training' }],
      items: [],
    }),
  );
  const goals: GoalDefinition[] = [
    { id: 'young', sv: 'Fler barn och unga är med', en: 'More children and young people take part' },
    { id: 'older', sv: 'Fler äldre är med', en: 'More older people take part' },
  ];
  const organisations = [
    { id: 'a', projects: [{ title: 'Knattefotboll', description: 'Lördagar för barn i lågstadiet.' }] },
    { id: 'b', projects: [{ title: 'Seniorgympa', description: 'Tisdagar för pensionärer.' }] },
    { id: 'c', projects: [{ title: 'Sommarlovsklubben', description: 'Hela juli för ungdomar.' }] },
    { id: 'd', projects: [{ title: 'Stavgång', description: 'Onsdagar för äldre i parken.' }] },
  ];
  const expected = ['young', 'older', 'young', 'older'];

  it('reads whom the goals name where that is what tells them apart', () => {
    expect(linkGoals(goals, organisations, { field }).map((l) => l.goal)).toEqual(expected);
    expect(linkGoals(goals, organisations, { field, alone: true }).map((l) => l.goal)).toEqual(expected);
    // Read only for what the goals are about, the same work for other people points at neither goal.
    const without = linkGoals(goals, organisations, {
      field,
      alone: true,
      settings: { ...DEFAULT_GOAL_SETTINGS, groupWeight: 0 },
    });
    expect(without.map((l) => l.score)).toEqual([0, 0, 0, 0]);
  });

  it('ties a group every goal names to none in particular', () => {
    const groups = goalGroupsOf(
      [
        { id: 'move', sv: 'Fler äldre rör sig varje dag', en: 'More older people move every day' },
        { id: 'meet', sv: 'Färre äldre är ensamma', en: 'Fewer older people are lonely' },
      ],
      field,
    );
    const [move = 0, meet = 0] = groups.get('elderly') ?? [];
    expect(move).toBeGreaterThan(0);
    expect(move).toBeCloseTo(meet);
  });
});

describe('linkGoals, goals the themes read', () => {
  it('reads a project that says little in the light of what its organisation works for', () => {
    const links = linkGoals(goals, [
      {
        id: 'a',
        goals: 'Telefonjour för våldsutsatta kvinnor och män, alla dagar.',
        projects: [{ title: 'Ugglan', description: 'Sedan 2019.' }],
      },
      {
        id: 'b',
        goals: 'Gratis prova-på-aktiviteter och motion för alla åldrar.',
        projects: [{ title: 'Ugglan', description: 'Sedan 2019.' }],
      },
    ]);
    expect(links.map((l) => l.goal)).toEqual(['stod', 'fram']);
    // Linked alone, a project has only its own words: nothing points anywhere.
    const alone = linkGoals(
      goals,
      [{ id: 'a', goals: 'Krisstöd dygnet runt.', projects: [{ title: 'Ugglan' }] }],
      { alone: true },
    );
    expect(alone[0]?.score).toBe(0);
  });
});

describe('goalKindsOf', () => {
  const field = Field.fromModel(
    learnField({
      kinds: [
        {
          id: 'work-placement',
          sv: 'Praktikplatser och arbetsplatsintroduktion',
          en: 'Work placements and workplace introduction',
        },
        {
          id: 'youth-leisure',
          sv: 'Fritids- och idrottsaktiviteter för nyanlända barn och unga',
          en: 'Leisure and sports activities for newly arrived children and young people',
        },
      ],
      items: [],
    }),
  );

  it('counts a kind that only one language of a goal names by half, a kind both name fully', () => {
    const kinds = goalKindsOf(
      [
        {
          id: 'work',
          sv: 'Fler i egen försörjning genom arbete',
          en: 'More people supporting themselves through work',
        },
        {
          id: 'leisure',
          sv: 'Fritid och idrott för barn och unga',
          en: 'Leisure and sports for children and young people',
        },
      ],
      field,
    );
    const [work = 0, leisure = 0] = kinds.get('youth-leisure') ?? [];
    expect(leisure).toBeGreaterThan(0.5);
    // "people" alone reads as the leisure kind's young people: by half, and then sharpened against the leisure goal.
    expect(work).toBeLessThan(0.15 * leisure);
  });
});
