import type { Strings } from '../sv';
import type { sv } from './partners.sv';

export const en: Strings<typeof sv> = {
  partners: {
    overview: {
      received: 'Interest you have received ({{count}})',
      sent: 'Interest you have shown ({{count}})',
      noneReceived: 'Nobody has shown interest in you yet.',
      noneSent: 'You have not shown interest in anyone yet. Do so at the proposed matches below.',
      mutual: 'Mutual',
      by: 'by {{name}}',
    },
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
      messageHint: 'Say briefly what you would like to work on together.',
      send: 'Send interest',
      reachTitle: {
        members: '{{name}} gets an email and a notice',
        contacts: '{{name}} gets an email',
        coordinators: 'The interest does not reach {{name}} directly',
      },
      reach: {
        members: 'The interest goes to those who act for {{name}} here, in the app and by email.',
        contacts:
          '{{name}} has no account here. The interest is emailed to its contact persons, who agreed to be contacted. Your name and email are not included – only your organisation’s name and your message.',
        coordinators:
          '{{name}} has neither an account here nor a contact person who agreed to be contacted. The mobilisation’s coordinators get the interest and pass it on to them.',
      },
      sentTo: {
        members: 'Your interest has been sent to {{name}}. They get an email and a notice.',
        contacts: 'Your interest has been sent to {{name}}. Its contact persons get an email.',
        coordinators: 'Your interest has been sent to {{name}}. The coordinators get it and pass it on.',
      },
      status: {
        sent: 'Not read yet.',
        read: 'They have read it.',
        answered: 'They have answered.',
      },
      answered: {
        interested: '{{name}} answers: interesting – get in touch.',
        not_relevant: '{{name}} answers: not relevant now.',
      },
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
    interests: {
      title: 'Interests',
      intro:
        'The “we are interested” your organisation has sent and received, and your answers to those received.',
      signIn: 'Sign in to see your organisation’s interests',
      nothingToShow:
        'You do not act for any organisation of the mobilisation, so there are no interests to show.',
      received_one: 'Received ({{count}})',
      received_other: 'Received ({{count}})',
      sent_one: 'Sent ({{count}})',
      sent_other: 'Sent ({{count}})',
      noneReceived: 'No interest received yet.',
      noneSent: 'No interest sent yet.',
      status: { sent: 'Sent', read: 'Read', answered: 'Answered' },
      delivery: {
        members: 'Reached their members.',
        contacts: 'Emailed to their contact persons.',
        coordinators: 'Went to the coordinators, who pass it on.',
      },
      answer: { interested: 'Interesting – get in touch', not_relevant: 'Not relevant now' },
      answerLegend: 'Your answer to {{name}}',
      note: 'Short comment',
      sendAnswer: 'Send answer',
      answerFailed: 'The answer could not be sent.',
      answeredAt: '{{name}}, {{date}}',
      toPassOnHeading: 'To pass on',
      toPassOnIntro:
        'Interests to organisations with neither an account here nor a contact person who agreed to be contacted. Get in touch with them and mark it when done.',
      noneToPassOn: 'No interests wait to be passed on.',
      fromTo: 'From {{from}} to',
      passedOn: 'Passed on',
      passedOnBy: 'by {{name}}, {{date}}',
      markPassedOn: 'Mark as passed on',
      markPassedOnFor: 'Mark as passed on: the interest from {{from}} to {{to}}',
    },
  },
};
