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
};
