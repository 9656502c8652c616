import './notifications.css';
import {
  type MailFrequency,
  mailFrequencies,
  type NotificationCategory,
  type NotificationSetting,
} from '@kraftsamling/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/ui/notice';
import { Loading, QueryError } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useNotificationSettings } from '../api/get-notification-settings';
import { useSaveNotificationSettings } from '../api/save-notification-settings';
import { useNotificationTexts } from './notification-texts';

/**
 * "Mejl om aviseringar": per category, mail on or off and how often — at once, or one mail a day or a week.
 * The notices themselves always come in the app; mails about the account itself always come by mail.
 */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const id = useId();
  const texts = useNotificationTexts();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [draft, setDraft] = useState<NotificationSetting[] | null>(null);

  if (settings.isPending) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} />;
  const current = draft ?? settings.data.categories;
  const change = (category: NotificationCategory, next: Partial<NotificationSetting>) => {
    save.reset();
    setDraft(current.map((s) => (s.category === category ? { ...s, ...next } : s)));
  };
  const frequencyLabels: Record<MailFrequency, string> = {
    immediate: t('notificationSettings.immediate'),
    daily: t('notificationSettings.daily'),
    weekly: t('notificationSettings.weekly'),
  };

  return (
    <form
      className="notification-settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ categories: current }, { onSuccess: () => setDraft(null) });
      }}
    >
      <p>{t('notificationSettings.intro')}</p>
      {current.map((setting) => {
        const base = `${id}-${setting.category}`;
        const category = texts.category(setting.category);
        return (
          <fieldset key={setting.category} className="fieldset notification-setting">
            <legend className="field__label">{category.name}</legend>
            <p className="field__hint" id={`${base}-hint`}>
              {category.hint}
            </p>
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${base}-mail`}
                checked={setting.mail}
                aria-describedby={`${base}-hint`}
                onChange={(event) => change(setting.category, { mail: event.target.checked })}
              />
              <label htmlFor={`${base}-mail`}>
                {t('notificationSettings.mailAbout', { category: category.name.toLowerCase() })}
              </label>
            </div>
            <fieldset
              className="fieldset radio-list notification-setting__frequency"
              disabled={!setting.mail}
            >
              <legend className="field__label">
                {t('notificationSettings.frequency', { category: category.name.toLowerCase() })}
              </legend>
              {mailFrequencies.map((frequency) => (
                <div className="checkbox" key={frequency}>
                  <input
                    type="radio"
                    id={`${base}-${frequency}`}
                    name={`${base}-frequency`}
                    checked={setting.frequency === frequency}
                    onChange={() => change(setting.category, { frequency })}
                  />
                  <label htmlFor={`${base}-${frequency}`}>{frequencyLabels[frequency]}</label>
                </div>
              ))}
            </fieldset>
          </fieldset>
        );
      })}
      <p className="field__hint">{t('notificationSettings.always')}</p>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('notificationSettings.saving') : t('notificationSettings.save')}
        </button>
      </div>
      {save.isSuccess ? (
        <Notice tone="success" role="status">
          <p>{t('notificationSettings.saved')}</p>
        </Notice>
      ) : null}
      {save.isError ? (
        <Notice tone="error" role="alert" title={t('notificationSettings.failed')}>
          <p>{errorMessage(save.error, t)}</p>
        </Notice>
      ) : null}
    </form>
  );
}
