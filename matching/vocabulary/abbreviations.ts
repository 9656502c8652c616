import type { AbbreviationDefinition } from './types';

// Abbreviations of the field. They count in Swedish and English text alike. Short ones that are also ordinary
// words (ACT, SET, ABC, IPS…) only count when written in capitals.

export const abbreviations: AbbreviationDefinition[] = [
  {
    abbreviation: 'MHFA',
    expansion: { sv: 'Första hjälpen till psykisk hälsa', en: 'Mental Health First Aid' },
    concepts: [{ id: 'mhfa', tier: 'core' }],
  },
  {
    abbreviation: 'ANDT',
    expansion: { sv: 'alkohol, narkotika, dopning och tobak', en: 'alcohol, drugs, doping and tobacco' },
    concepts: [{ id: 'andt', tier: 'core' }],
  },
  {
    abbreviation: 'ANDTS',
    expansion: {
      sv: 'alkohol, narkotika, dopning, tobak och spel',
      en: 'alcohol, drugs, doping, tobacco and gambling',
    },
    concepts: [{ id: 'andt', tier: 'core' }],
  },
  {
    abbreviation: 'ANT',
    expansion: { sv: 'alkohol, narkotika och tobak', en: 'alcohol, drugs and tobacco' },
    concepts: [{ id: 'andt', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'SIP',
    expansion: { sv: 'samordnad individuell plan', en: 'coordinated individual plan' },
    concepts: [{ id: 'care-coordination', tier: 'core' }],
  },
  {
    abbreviation: 'BUP',
    expansion: { sv: 'barn- och ungdomspsykiatrin', en: 'child and adolescent psychiatry' },
    concepts: [
      { id: 'specialist-access', tier: 'hint' },
      { id: 'children-youth', tier: 'core' },
    ],
  },
  {
    abbreviation: 'LSS',
    expansion: {
      sv: 'lagen om stöd och service till vissa funktionshindrade',
      en: 'Swedish act on support and service for persons with certain functional impairments',
    },
    concepts: [{ id: 'mental-illness', tier: 'core' }],
  },
  {
    abbreviation: 'NPF',
    expansion: { sv: 'neuropsykiatriska funktionsnedsättningar', en: 'neurodevelopmental conditions' },
    concepts: [{ id: 'mental-illness', tier: 'core' }],
  },
  {
    abbreviation: 'KBT',
    expansion: { sv: 'kognitiv beteendeterapi', en: 'cognitive behavioural therapy' },
    concepts: [{ id: 'specialist-access', tier: 'hint' }],
  },
  {
    abbreviation: 'CBT',
    expansion: { sv: 'kognitiv beteendeterapi', en: 'cognitive behavioural therapy' },
    concepts: [{ id: 'specialist-access', tier: 'hint' }],
  },
  {
    abbreviation: 'IPS',
    expansion: { sv: 'individanpassat stöd till arbete', en: 'individual placement and support' },
    concepts: [
      { id: 'workplace', tier: 'related' },
      { id: 'implementation', tier: 'hint' },
    ],
    caseSensitive: true,
  },
  {
    abbreviation: 'ACT',
    expansion: { sv: 'assertive community treatment', en: 'assertive community treatment' },
    concepts: [{ id: 'care-coordination', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'FACT',
    expansion: { sv: 'flexibel ACT', en: 'flexible assertive community treatment' },
    concepts: [{ id: 'care-coordination', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'GDPR',
    expansion: { sv: 'dataskyddsförordningen', en: 'General Data Protection Regulation' },
    concepts: [{ id: 'legal-gdpr', tier: 'core' }],
  },
  {
    abbreviation: 'OSL',
    expansion: {
      sv: 'offentlighets- och sekretesslagen',
      en: 'Public Access to Information and Secrecy Act',
    },
    concepts: [{ id: 'legal-gdpr', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'LOU',
    expansion: { sv: 'lagen om offentlig upphandling', en: 'Public Procurement Act' },
    concepts: [{ id: 'procurement', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'IOP',
    expansion: { sv: 'idéburet offentligt partnerskap', en: 'non-profit public partnership' },
    concepts: [{ id: 'networks', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'SFI',
    expansion: { sv: 'svenska för invandrare', en: 'Swedish for immigrants' },
    concepts: [
      { id: 'newcomers', tier: 'related' },
      { id: 'newly-arrived', tier: 'core' },
    ],
  },
  {
    abbreviation: 'FaR',
    expansion: { sv: 'fysisk aktivitet på recept', en: 'physical activity on prescription' },
    concepts: [{ id: 'sport', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'YAM',
    expansion: { sv: 'Youth Aware of Mental Health', en: 'Youth Aware of Mental Health' },
    concepts: [
      { id: 'school-prog', tier: 'core' },
      { id: 'children-youth', tier: 'core' },
    ],
    caseSensitive: true,
  },
  {
    abbreviation: 'SET',
    expansion: { sv: 'social och emotionell träning', en: 'social and emotional training' },
    concepts: [{ id: 'school-prog', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'ABC',
    expansion: {
      sv: 'Alla barn i centrum (föräldraprogram)',
      en: 'All Children in Focus (parenting programme)',
    },
    concepts: [{ id: 'parenting', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'COPE',
    expansion: { sv: 'COPE (föräldrautbildning)', en: 'COPE (parent training)' },
    concepts: [{ id: 'parenting', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'HBTQI',
    expansion: {
      sv: 'homosexuella, bisexuella, transpersoner, queera och intersexpersoner',
      en: 'LGBTQI: lesbian, gay, bisexual, transgender, queer and intersex people',
    },
    concepts: [{ id: 'lgbtq-youth', tier: 'core' }],
  },
  {
    abbreviation: 'RFSL',
    expansion: {
      sv: 'Riksförbundet för homosexuellas, bisexuellas, transpersoners, queeras och intersexpersoners rättigheter',
      en: 'Swedish Federation for LGBTQI Rights',
    },
    concepts: [{ id: 'lgbtq-youth', tier: 'core' }],
  },
  {
    abbreviation: 'PTSD',
    expansion: { sv: 'posttraumatiskt stressyndrom', en: 'post-traumatic stress disorder' },
    concepts: [{ id: 'trauma-training', tier: 'core' }],
  },
  {
    abbreviation: 'POSOM',
    expansion: {
      sv: 'psykiskt och socialt omhändertagande vid kriser',
      en: 'psychological and social support in crises',
    },
    concepts: [{ id: 'crisis-line', tier: 'core' }],
  },
  {
    abbreviation: 'BRIS',
    expansion: {
      sv: 'Barnens rätt i samhället (stödlinje för barn)',
      en: "Children's Rights in Society (children's helpline)",
    },
    concepts: [
      { id: 'crisis-line', tier: 'core' },
      { id: 'children-youth', tier: 'core' },
    ],
  },
  {
    abbreviation: 'HVB',
    expansion: { sv: 'hem för vård eller boende', en: 'residential care home' },
    concepts: [{ id: 'children-youth', tier: 'related' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'FoU',
    expansion: { sv: 'forskning och utveckling', en: 'research and development' },
    concepts: [{ id: 'research', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'RCT',
    expansion: { sv: 'randomiserad kontrollerad studie', en: 'randomised controlled trial' },
    concepts: [{ id: 'research', tier: 'core' }],
  },
  {
    abbreviation: 'ESF',
    expansion: { sv: 'Europeiska socialfonden', en: 'European Social Fund' },
    concepts: [{ id: 'funding', tier: 'core' }],
  },
  {
    abbreviation: 'SROI',
    expansion: { sv: 'social avkastning på investering', en: 'social return on investment' },
    concepts: [{ id: 'eval', tier: 'core' }],
  },
  {
    abbreviation: 'OSA',
    expansion: {
      sv: 'organisatorisk och social arbetsmiljö',
      en: 'organisational and social work environment',
    },
    concepts: [{ id: 'workplace', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'AFS',
    expansion: { sv: 'Arbetsmiljöverkets föreskrifter', en: 'Swedish Work Environment Authority provisions' },
    concepts: [{ id: 'workplace', tier: 'core' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'CAMHS',
    expansion: { sv: 'barn- och ungdomspsykiatri', en: 'child and adolescent mental health services' },
    concepts: [
      { id: 'specialist-access', tier: 'related' },
      { id: 'children-youth', tier: 'core' },
    ],
  },
  {
    abbreviation: 'IT',
    expansion: { sv: 'informationsteknik', en: 'information technology' },
    concepts: [{ id: 'it-equipment', tier: 'related' }],
    caseSensitive: true,
  },
  {
    abbreviation: 'VR',
    expansion: { sv: 'virtuell verklighet', en: 'virtual reality' },
    concepts: [{ id: 'digital', tier: 'related' }],
    caseSensitive: true,
  },
];
