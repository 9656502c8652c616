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
};
