import type { ConceptDefinition } from '../types';

// Kinds of help that recur in every field but that the mental-health template only has in its own field's
// shape (first-aid courses, trauma training, licensed staff): training for the people doing the work, the posts
// themselves, and decisions only a council, a board or an authority can take. A mobilisation of any field names
// them ("Utbildning och kompetenshöjning för personal", "Fler anställda på plats", "Politiska beslut och
// regeländringar"), so they belong to the general core every kind can draw on (build.ts `GENERAL_CORE`).
// Words of the topic a course is about are the other kinds' business: here only what makes help a training.

export const concepts: ConceptDefinition[] = [
  {
    id: 'staff-training',
    label: {
      sv: 'Utbildning och kompetensutveckling för personal och ideella',
      en: 'Training and skills development for staff and volunteers',
    },
    short: { sv: 'utbildning och kompetensutveckling', en: 'training and skills development' },
    sv: {
      core: `kompetensutveckl*, kompetenshöj*, kompetenslyft*, höja kompetensen, höja kompetens*, fortbildning*,
        vidareutbildning*, personalutbildning*, ledarutbildning*, tränarutbildning*, handledarutbildning*,
        utbildningsdag*, utbildningsinsats*, utbildningspaket*, webbutbildning*, e-utbildning*, webbkurs*,
        onlinekurs*, uppdragsutbildning*, metodhandledning*, grundutbildning*, introduktionsutbildning*,
        utbilda personal, utbilda våra, utbilda ledare, utbilda tränare, utbilda medarbetare, utbildar personal,
        utbildar ledare, utbildning för personal, utbildning för ledare, utbildning för medarbetare,
        utbildning för ideella, kunskapslyft*`,
      related: `utbildning, utbildningen, utbildningar, utbilda, utbildar, =kurs, =kursen, =kurser, =kurserna,
        =föreläsning, =föreläsningar, workshop*, handledning*, kompetens*, metodstöd, lära sig hur, lära personalen,
        utbildare*, instruktör*, certifier*, metodutbildning*, utbildningsmaterial*`,
      hint: `föreläs*, seminari*, studiecirk*, kunskap*, lära sig, bemötande, personalen, medarbetarna`,
    },
    en: {
      core: `training course*, staff training, skills development, capacity building, upskilling, upskill*,
        professional development, continuing education, e-learning, online course*, train the trainer*,
        train staff, train our staff, train volunteers, train coaches, train leaders, coach education,
        leader training, induction training`,
      related: `training, train, trains, course, courses, course for staff, courses for staff, certificate*, workshop*, teach*, learn how, competence*, skills,
        instructor*, trainer*, supervision`,
      hint: `lecture*, seminar*, knowledge, learn*`,
    },
    ignore: {
      sv: 'kurs mot, kurs på, utbildningsnivå*, utbildningsbakgrund*, gymnasieutbildning*, högskoleutbildning*, vuxenutbildning*, svenskundervisning*',
      en: 'level of education, educational attainment',
    },
  },
  {
    id: 'posts-and-staffing',
    rarelyOffered: true,
    label: {
      sv: 'Personal, tjänster och långsiktig bemanning',
      en: 'Staff, posts and long-term staffing',
    },
    short: { sv: 'personal och tjänster', en: 'staff and posts' },
    sv: {
      core: `fler anställda, fler tjänster, fast tjänst, fasta tjänster, permanenta tjänster, tillsvidaretjänst*,
        tjänsten finansieras, finansiera tjänst*, finansiera en tjänst, lön till, löner till, lönemedel*,
        personalbudget*, bemanning*, underbemann*, personalbrist*, brist på personal, projektanställ*,
        visstidsanställ*, tidsbegränsad* tjänst*, heltidstjänst*, halvtidstjänst*, deltidstjänst*, anställa fler, nyanställ*, fler på plats, fler vuxna anställda, vakans*,
        inte råd att anställa, ingen budget för tjänsten, budget för tjänsten, tjänsten upphör, tjänsten tar slut,
        projektet tar slut`,
      related: `anställa en, anställa någon, anställ*, tjänst, tjänsten, personal, personalen, medarbetare, bemann*, rekryter*, lön, löner,
        årsarbetare, heltid*, permanent*, långsiktig* finansiering, ordinarie verksamhet`,
      hint: `budget*, fler, projektmedel*, projektpengar*, slut, upphör*, fortsätta, fortsätter, kvar`,
    },
    en: {
      core: `more staff, staff posts, permanent post*, permanent position*, funded post*, funded position*,
        =posts, salaries, salary, staffing, understaffed, staff shortage*, hire more, hire staff, fixed-term post*,
        project-funded post*, full-time post*, part-time post*`,
      related: `staff, posts, positions, employ*, hire, hiring, recruit*, workforce, headcount, payroll`,
      hint: `budget, permanent, long-term funding`,
    },
    ignore: {
      sv: 'rekrytera frivilliga, rekrytera volontärer, rekrytera ideella, rekrytera deltagare, rekrytera ledare',
      en: 'recruit volunteers, recruit participants, social media posts, blog posts, posts on',
    },
  },
  {
    id: 'policy-decision',
    rarelyOffered: true,
    label: {
      sv: 'Politiska beslut, myndighetsbeslut, regler och riktlinjer',
      en: 'Political and authority decisions, rules and guidelines',
    },
    short: { sv: 'beslut och regler', en: 'decisions and rules' },
    sv: {
      core: `politiskt beslut, politiska beslut, politiskt fattade, beslutsfattare*,
        kommunfullmäktige, fullmäktige, kommunstyrelse*, nämndbeslut*, regionfullmäktige, riksdag*, regering*,
        lagändring*, regeländring*, ändra reglerna, ändrade regler, ändra regelverket, ändrade riktlinjer,
        ändra riktlinjerna, nya riktlinjer, regelverk*, lagstiftning*, förordning*, föreskrift*, taxa, taxor,
        taxan, avgiftsnivå*, myndighetsbeslut*, beslut av, beslut om, fatta beslut, fattar beslut, ta beslut,
        besluta om, beslutar om, prioritera frågan, prioritering i budgeten, budgetbeslut*, dispens*, undantag från`,
      related: `beslut*, politiken, politikerna, politiker, =nämnden, =nämnder, =nämnderna, regler*, riktlinje*, lagen, lag, policy*, styrdokument*, kommunen måste, regionen måste,
        myndigheten måste, tillstånd*`,
      hint: `kommunen, regionen, staten, myndighet*, ändra, ändras, tillåta, förbud*`,
    },
    en: {
      core: `political decision*, policy change*, rule change*, change the rules, change in the law, legislation,
        regulation*, decision by the council, council decision*, authority decision*, elected officials,
        politicians, guideline change*, new guidelines, fee levels, fees policy, exemption*`,
      related: `decision*, rules, guidelines, policy, policies, law, council, government, permit*`,
      hint: `municipality, region, authority, change`,
    },
  },
];

/** Sentences written as organisations of any field would, two needs and two offers per kind (unit tests). */
export const examples: Record<string, string[]> = {
  'staff-training': [
    'Vår personal behöver kompetensutveckling i hur man bemöter familjer i kris.',
    'Vi söker någon som kan hålla en halvdags utbildning för våra nya ledare i höst.',
    'Vi håller gärna föreläsningar och workshops för personal i andra kommuner om vår arbetsmetod.',
    'We offer a short online course for staff and volunteers, with a certificate at the end.',
  ],
  'posts-and-staffing': [
    'Tjänsten som samordnare är projektanställd till december och vi har ingen budget för att göra den permanent.',
    'Vi behöver fler anställda på plats på kvällarna, men det finns inga lönemedel.',
    'Kommunen behöver finansiera två fasta tjänster för att verksamheten ska kunna fortsätta.',
    'We need long-term funding for the two posts that run the programme today.',
  ],
  'policy-decision': [
    'Vi behöver ett politiskt beslut om att taxan sänks för barn- och ungdomsverksamhet.',
    'Regionens riktlinjer måste ändras för att vi ska få göra hembesök.',
    'Det krävs en regeländring hos myndigheten innan föreningen kan få bidraget.',
    'We need the council to take a decision on the new fees policy before we can start.',
  ],
};
