import type { NotificationCategory, UnsubscribeScope } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';

/** The categories' names and what each covers, in the interface's language. */
export function useNotificationTexts() {
  const { t } = useTranslation();
  const categories: Record<NotificationCategory, { name: string; hint: string }> = {
    interests: {
      name: t('notificationSettings.interests'),
      hint: t('notificationSettings.interestsHint'),
    },
    initiatives: {
      name: t('notificationSettings.initiatives'),
      hint: t('notificationSettings.initiativesHint'),
    },
    currency: {
      name: t('notificationSettings.currency'),
      hint: t('notificationSettings.currencyHint'),
    },
  };
  return {
    category: (category: NotificationCategory) => categories[category],
    /** What an unsubscribe link is about, as a phrase ("mejl om …"). */
    scope: (scope: UnsubscribeScope) =>
      scope === 'all' ? t('notificationSettings.allNotices') : categories[scope].name.toLowerCase(),
  };
}
