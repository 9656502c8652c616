/** Texts for a member's own organisation page ("Vår organisation"), loaded with it (`../index.ts`). */
export const sv = {
  memberHome: {
    title: 'Vår organisation',
    intro:
      'Här ser du hur det går för {{organisation}} i {{mobilisation}}: er profil, ert samarbete och era initiativ.',
    profileHeading: 'Er profil',
    submittedAt: 'Senast inlämnad {{date}}.',
    edit: 'Redigera profilen',
    currentLink: 'Gäller detta fortfarande?',
    publicPage: 'Visa er sida som andra ser den',
    initiativesHeading: 'Initiativ ni är med i',
    interestsHeading: 'Intresse',
    matchesHeading: 'Föreslagna matchningar',
    matchesAfterSubmit:
      'När ni har lämnat in profilen föreslår plattformen organisationer som kan möta era behov och ha nytta av era erbjudanden.',
    notMember: 'Du är inte medlem i någon organisation i den här kraftsamlingen.',
    otherOrganisations: 'Du företräder också',
    mobilisationLink: 'Till {{mobilisation}}',
  },
};
