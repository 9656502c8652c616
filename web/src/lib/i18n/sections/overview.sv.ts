/** Texts for the status overview: loaded with the pages that need them (`../index.ts`). */
export const sv = {
  overview: {
    title: 'Lägesöversikt',
    intro:
      'Hur långt kraftsamlingen har kommit: profiler, matchningar och initiativ, och var behov ännu saknar stöd och erbjudanden saknar mottagare.',
    category: 'Kategori',
    count: 'Antal',
    statSubmitted: 'av {{total}} organisationer har lämnat in sin profil',
    statUnmet: 'av {{total}} behov saknar godkänt eller föreslaget erbjudande',
    statUnused: 'av {{total}} erbjudanden används inte av något behov',
    statInitiatives: 'initiativ i initiativlistan',
    statMet: 'behov mötta sedan start; {{through}} via initiativ',
    closedSummary:
      'Dessutom: {{needsWithdrawn}} behov tillbakadragna, {{offersUsed}} erbjudanden använda, {{offersWithdrawn}} erbjudanden tillbakadragna, {{expired}} poster inaktuella. De räknas inte ovan.',
    profilesHeading: 'Profiler',
    profilesCaption: 'Profilernas status ({{total}} organisationer)',
    profilesSummary: '{{submitted}} av {{total}} har lämnat in.',
    profiles: {
      submitted: 'Inlämnade',
      changed: 'Inlämnade, med ändringar som inte lämnats in',
      draft: 'Utkast, inte inlämnade',
      empty: 'Saknas (inte påbörjade)',
    },
    matchesHeading: 'Matchningar',
    matchesCaption: 'Matchningar mellan behov och erbjudanden',
    matches: { suggested: 'Föreslagna', accepted: 'Godkända', rejected: 'Avvisade' },
    reviewLink: 'Granska matchningar',
    statusHeading: 'Initiativ per status',
    statusCaption: 'Initiativ i listan per status ({{total}} totalt)',
    proposed_one: '{{formatted}} förslag väntar på beslut.',
    proposed_other: '{{formatted}} förslag väntar på beslut.',
    proposalsLink: 'Gå till förslagen',
    goalsHeading: 'Initiativ per mål',
    goalsCaption: 'Initiativ i listan per övergripande mål',
    goalsSummary: 'Ett initiativ som bidrar till flera mål räknas under vart och ett.',
    unmetHeading_one: '{{formatted}} behov utan stöd',
    unmetHeading_other: '{{formatted}} behov utan stöd',
    unmetIntro:
      '{{unmet}} av {{total}} behov har varken en godkänd eller en föreslagen matchning med något erbjudande.',
    noUnmet: 'Alla behov har minst ett godkänt eller föreslaget erbjudande.',
    unusedHeading_one: '{{formatted}} erbjudande som ingen använder',
    unusedHeading_other: '{{formatted}} erbjudanden som ingen använder',
    unusedIntro:
      '{{unused}} av {{total}} erbjudanden har varken en godkänd eller en föreslagen matchning med något behov.',
    noUnused: 'Alla erbjudanden har minst ett behov de kan möta.',
    showing: 'Visar {{shown}} av {{total}}.',
  },
};
