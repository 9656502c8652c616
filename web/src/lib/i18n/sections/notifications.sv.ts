/** Texts for the notices page ("Aviseringar"), loaded with it (`../index.ts`); the header's link is core. */
export const sv = {
  notifications: {
    title: 'Aviseringar',
    intro:
      'Här ser du när en annan organisation visar intresse för er och när er organisation blir del av ett initiativ. Nyast överst.',
    empty:
      'Inga aviseringar ännu. När en annan organisation visar intresse för er, eller er organisation blir del av ett initiativ, syns det här.',
    listLabel: 'Aviseringar, nyast först',
    unreadCount_one: '{{count}} oläst avisering.',
    unreadCount_other: '{{count}} olästa aviseringar.',
    allRead: 'Alla aviseringar är lästa.',
    unread: 'Oläst',
    interestReceived: '{{name}} är intresserade av er organisation',
    interestReceivedMutual: '{{name}} är intresserade av er organisation – ni är ömsesidigt intresserade',
    interestAnsweredInterested: '{{name}} svarade på ert intresse: intressant – hör av er',
    interestAnsweredNotRelevant: '{{name}} svarade på ert intresse: inte aktuellt just nu',
    interestAnsweredLink: 'Se era intressen och svaren på dem',
    initiativeAdded: '{{organisation}} är med i initiativet {{title}}',
    initiativeAddedHint: 'Initiativet finns i initiativlistan. Se vilka som deltar och vem som har ansvar.',
    endorsementRequested: '{{organisation}} ombeds förankra initiativet {{title}}',
    endorsementRequestedHint:
      'Förankra initiativet i er egen organisation och svara på initiativets sida: förankrat eller avböjt.',
    currencyReminder: 'Gäller uppgifterna från {{organisation}} fortfarande?',
    currencyReminderHint_one:
      '{{count}} behov eller erbjudande behöver bekräftas för att fortsätta synas i matchningen.',
    currencyReminderHint_other:
      '{{count}} behov och erbjudanden behöver bekräftas för att fortsätta synas i matchningen.',
    currencyReminderLink: 'Bekräfta, ändra eller ta tillbaka',
    message: 'Meddelande',
    receivedAt: 'Mottagen {{date}}',
    showOnMap: 'Visa {{name}} på kartan',
    markRead: 'Markera som läst',
    markReadFailed: 'Aviseringen kunde inte markeras som läst.',
  },
  notificationSettings: {
    heading: 'Mejl om aviseringar',
    intro:
      'Aviseringarna kommer alltid här i Kraftsamling. Välj för varje slag om du också vill ha dem som mejl, och hur ofta: direkt, eller samlade i ett mejl om dagen eller i veckan.',
    interests: 'Intresse',
    interestsHint:
      'När en annan organisation säger "vi är intresserade" till er, och intressen som du som samordnare ska föra vidare.',
    initiatives: 'Initiativ och förankring',
    initiativesHint: 'När er organisation blir del av ett initiativ eller ombeds förankra det.',
    currency: 'Påminnelser om aktualitet',
    currencyHint:
      'När era behov och erbjudanden behöver bekräftas för att fortsätta synas i matchningen (högst ett mejl i veckan).',
    mailAbout: 'Mejla mig om {{category}}',
    frequency: 'Hur ofta, {{category}}',
    immediate: 'Direkt, ett mejl per avisering',
    daily: 'En sammanfattning om dagen (kl. 07)',
    weekly: 'En sammanfattning i veckan (måndagar kl. 07)',
    always: 'Mejl om ditt konto, som inbjudningar och återställning av lösenord, kommer alltid.',
    save: 'Spara mejlinställningarna',
    saving: 'Sparar …',
    saved: 'Mejlinställningarna är sparade.',
    failed: 'Det gick inte att spara',
    allNotices: 'alla aviseringar',
    pageTitle: 'Sluta få mejl',
    unsubscribeIntro: 'Vill du sluta få mejl om {{scope}}?',
    unsubscribe: 'Sluta få dessa mejl',
    unsubscribing: 'Avslutar …',
    unsubscribedTitle: 'Klart',
    unsubscribed: 'Du får inte längre mejl om {{scope}}. Du kan slå på dem igen i dina inställningar.',
    alreadyOff: 'Du får redan inga mejl om {{scope}}.',
    noticesStay: 'Aviseringarna syns fortfarande när du loggar in i Kraftsamling.',
    allSettings: 'Alla inställningar för mejl (kräver inloggning)',
    contactIntro:
      'Du får mejl från Kraftsamling som kontaktperson för {{organisation}}, när en annan organisation vill samarbeta. Vill du sluta få dem?',
    contactUnsubscribed:
      'Vi mejlar dig inte längre som kontaktperson för {{organisation}}. Organisationen kan ändra det i sin profil.',
    contactAlreadyOff: 'Vi mejlar dig redan inte som kontaktperson för {{organisation}}.',
    linkInvalidTitle: 'Länken fungerar inte',
    linkInvalid:
      'Länken är inte giltig, kanske kopierades den inte hel. Logga in och välj vilka mejl du vill ha under Mitt konto.',
  },
};
