import type { Strings } from '../sv';
import type { sv } from './notifications.sv';

export const en: Strings<typeof sv> = {
  notifications: {
    title: 'Notices',
    intro:
      'Here you see when another organisation shows interest in yours and when your organisation becomes part of an initiative. Newest first.',
    empty:
      'No notices yet. When another organisation shows interest in yours, or your organisation becomes part of an initiative, it shows here.',
    listLabel: 'Notices, newest first',
    unreadCount_one: '{{count}} unread notice.',
    unreadCount_other: '{{count}} unread notices.',
    allRead: 'All notices are read.',
    unread: 'Unread',
    interestReceived: '{{name}} is interested in your organisation',
    interestReceivedMutual: '{{name}} is interested in your organisation – the interest is mutual',
    interestAnsweredInterested: '{{name}} answered your interest: interested – get in touch',
    interestAnsweredNotRelevant: '{{name}} answered your interest: not relevant right now',
    interestAnsweredLink: 'See your interests and the answers to them',
    initiativeAdded: '{{organisation}} takes part in the initiative {{title}}',
    initiativeAddedHint: 'The initiative is on the initiative list. See who takes part and who leads it.',
    endorsementRequested: '{{organisation}} is asked to endorse the initiative {{title}}',
    endorsementRequestedHint:
      "Endorse the initiative in your own organisation and answer on the initiative's page: endorsed or declined.",
    currencyReminder: "Are {{organisation}}'s entries still current?",
    currencyReminderHint_one: '{{count}} need or offer needs confirming to stay in matching.',
    currencyReminderHint_other: '{{count}} needs and offers need confirming to stay in matching.',
    currencyReminderLink: 'Confirm, edit or withdraw',
    message: 'Message',
    receivedAt: 'Received {{date}}',
    showOnMap: 'Show {{name}} on the map',
    markRead: 'Mark as read',
    markReadFailed: 'The notice could not be marked as read.',
  },
  notificationSettings: {
    heading: 'Mail about notices',
    intro:
      'Notices always come here in Kraftsamling. Choose for each kind whether you also want them by mail, and how often: at once, or gathered into one mail a day or a week.',
    interests: 'Interest',
    interestsHint:
      'When another organisation says "we are interested" to yours, and interests you as a coordinator pass on.',
    initiatives: 'Initiatives and endorsements',
    initiativesHint: 'When your organisation becomes part of an initiative or is asked to endorse it.',
    currency: 'Reminders to keep entries current',
    currencyHint: 'When your needs and offers need confirming to stay in matching (at most one mail a week).',
    mailAbout: 'Mail me about {{category}}',
    frequency: 'How often, {{category}}',
    immediate: 'At once, one mail per notice',
    daily: 'One digest a day (07:00)',
    weekly: 'One digest a week (Mondays 07:00)',
    always: 'Mails about your account, such as invitations and password resets, always come.',
    save: 'Save mail settings',
    saving: 'Saving …',
    saved: 'Your mail settings are saved.',
    failed: 'Could not save',
    allNotices: 'all notices',
    pageTitle: 'Stop mails',
    unsubscribeIntro: 'Do you want to stop getting mail about {{scope}}?',
    unsubscribe: 'Stop these mails',
    unsubscribing: 'Stopping …',
    unsubscribedTitle: 'Done',
    unsubscribed: 'You no longer get mail about {{scope}}. You can turn it on again in your settings.',
    alreadyOff: 'You already get no mail about {{scope}}.',
    noticesStay: 'The notices still show when you sign in to Kraftsamling.',
    allSettings: 'All mail settings (sign-in needed)',
    contactIntro:
      'You get mail from Kraftsamling as the contact person of {{organisation}}, when another organisation wants to work together. Do you want to stop getting it?',
    contactUnsubscribed:
      'We no longer mail you as the contact person of {{organisation}}. The organisation can change this in its profile.',
    contactAlreadyOff: 'We already do not mail you as the contact person of {{organisation}}.',
    linkInvalidTitle: 'The link does not work',
    linkInvalid:
      'The link is not valid; perhaps it was not copied whole. Sign in and choose which mails you want under My account.',
  },
};
