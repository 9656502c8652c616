import type { Strings } from '../sv';
import type { sv } from './notifications.sv';

export const en: Strings<typeof sv> = {
  notifications: {
    title: 'Notices',
    intro: 'Here you see when another organisation shows interest in yours. Newest first.',
    empty: 'No notices yet. When another organisation shows interest in yours, it shows here.',
    listLabel: 'Notices, newest first',
    unreadCount_one: '{{count}} unread notice.',
    unreadCount_other: '{{count}} unread notices.',
    allRead: 'All notices are read.',
    unread: 'Unread',
    interestReceived: '{{name}} is interested in your organisation',
    interestReceivedMutual: '{{name}} is interested in your organisation – the interest is mutual',
    message: 'Message',
    receivedAt: 'Received {{date}}',
    showOnMap: 'Show {{name}} on the map',
    markRead: 'Mark as read',
    markReadFailed: 'The notice could not be marked as read.',
  },
};
