import type { Strings } from '../sv';
import type { sv } from './partners.sv';

export const en: Strings<typeof sv> = {
  partners: {
    title: 'Find partners',
    intro:
      'Search the organisations’ needs, offers, current work and goals, in Swedish or English. The best hits come first and the matching words are highlighted.',
    searchForm: 'Search for partners',
    query: 'What are you looking for?',
    queryHint: 'For example “evaluation”, “premises” or “suicide prevention”. At least two characters.',
    search: 'Search',
    kind: 'Search in',
    kinds: {
      all: 'Everything',
      need: 'Support needed',
      offer: 'Can offer',
      project: 'Current work',
      goals: 'Goals',
    },
    hitKind: {
      need: 'Need',
      offer: 'Offer',
      project: 'Current work',
      goals: 'Goals',
    },
    tooShort: 'Type at least two characters to search.',
    prompt: 'Type what you are looking for and the hits appear here.',
    resultCount_one: '{{count}} hit for “{{q}}”',
    resultCount_other: '{{count}} hits for “{{q}}”',
    noResults: 'No hits. Try other words or fewer filters.',
    results: 'Hits',
    interest: {
      button: 'We are interested',
      buttonBack: 'We are interested too',
      heading: 'Show interest in {{name}}',
      from: 'From organisation',
      message: 'Message',
      messageHint:
        'Say briefly what you would like to work on together. {{name}} gets an email and a notice.',
      send: 'Send interest',
      sent: 'Your interest has been sent to {{name}}. They get an email and a notice.',
      mutual: 'You and {{name}} are interested in each other. The collaboration shows as a link on the map.',
      forbidden:
        'You can show interest only on behalf of your own organisation. Sign in as a member of the organisation and try again.',
      failed: 'The interest could not be sent.',
      own: 'This is your organisation.',
      received: '{{name}} has shown interest in you.',
      alreadySent: 'You have shown interest in {{name}}.',
      alreadyMutual: 'You and {{name}} are interested in each other.',
      signIn: 'Sign in to show interest',
    },
  },
};
