import { type ProfileItem, targetGroups } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Field } from '../../../../components/ui/field';
import { useLanguage } from '../../../../lib/i18n/use-language';
import { errorsFor, type FieldErrors } from '../../../../lib/validation';
import { itemFieldId } from './field-paths';
import { ThemesInput } from './themes-input';

/** A kind of support of the mobilisation, as the form offers it. */
export type KindOption = { id: string; sv: string; en: string };

type Props = {
  kind: 'need' | 'offer';
  /** The mobilisation's kinds of support an item can be tagged with (none: no choice is shown). */
  kinds?: readonly KindOption[];
  item: ProfileItem;
  index: number;
  errors: FieldErrors;
  onChange: (item: ProfileItem) => void;
  onRemove: () => void;
};

/** One need or one offer: its text, and optional target groups and themes tucked away until wanted. */
export function ItemFields({ kind, kinds = [], item, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const path = `${kind === 'need' ? 'needs' : 'offers'}.${index}`;
  const number = index + 1;
  const groupErrors = errorsFor(errors, `${path}.targetGroups`);
  const themeErrors = errorsFor(errors, `${path}.themes`);
  const kindErrors = errorsFor(errors, `${path}.supportKind`);
  const hasTags = item.targetGroups.length > 0 || item.themes.length > 0 || !!item.supportKind;
  const [open, setOpen] = useState(hasTags);
  // Fields with errors stay visible, so the error summary can always reach them.
  const forcedOpen = groupErrors.length > 0 || themeErrors.length > 0 || kindErrors.length > 0;

  return (
    <fieldset className="item-card">
      <legend className="item-card__legend">
        {kind === 'need' ? t('form.need', { number }) : t('form.offer', { number })}
      </legend>
      <Field
        id={itemFieldId(kind, item.id, 'text')}
        label={kind === 'need' ? t('form.needText') : t('form.offerText')}
        // Errors about the item as a whole (its id, say) are shown with its text, the field that stands for it.
        errors={[
          ...errorsFor(errors, `${path}.text`),
          ...(errors[`${path}.id`] ?? []),
          ...(errors[path] ?? []),
        ]}
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={3}
            value={item.text}
            onChange={(event) => onChange({ ...item, text: event.target.value })}
          />
        )}
      </Field>
      <details
        className="item-card__more"
        open={open || forcedOpen}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary>
          {t('form.tagsSummary')} ({t('common.optional')})
        </summary>
        {kinds.length > 0 || item.supportKind ? (
          <Field
            id={itemFieldId(kind, item.id, 'supportKind')}
            label={t('form.supportKind')}
            hint={t('form.supportKindHint')}
            errors={kindErrors}
            optional
          >
            {(control) => (
              <select
                {...control}
                className="select"
                value={item.supportKind ?? ''}
                onChange={(event) => onChange({ ...item, supportKind: event.target.value || null })}
              >
                <option value="">{t('form.noSupportKind')}</option>
                {kinds.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k[language]}
                  </option>
                ))}
                {/* A tag of a kind the mobilisation no longer has stays visible until changed. */}
                {item.supportKind && !kinds.some((k) => k.id === item.supportKind) ? (
                  <option value={item.supportKind}>{item.supportKind}</option>
                ) : null}
              </select>
            )}
          </Field>
        ) : null}
        <CheckboxGroup
          id={itemFieldId(kind, item.id, 'targetGroups')}
          legend={t('form.targetGroups')}
          optional
          errors={groupErrors}
          options={targetGroups.map((group) => ({ value: group.id, label: group[language] }))}
          value={item.targetGroups}
          onChange={(selected) => onChange({ ...item, targetGroups: selected })}
        />
        <Field
          id={itemFieldId(kind, item.id, 'themes')}
          label={t('form.themes')}
          hint={t('form.themesHint')}
          errors={themeErrors}
          optional
        >
          {(control) => (
            <ThemesInput
              {...control}
              value={item.themes}
              onChange={(themes) => onChange({ ...item, themes })}
            />
          )}
        </Field>
      </details>
      <div className="item-card__actions">
        <button type="button" className="button button--quiet button--remove" onClick={onRemove}>
          {kind === 'need' ? t('form.removeNeed', { number }) : t('form.removeOffer', { number })}
        </button>
      </div>
    </fieldset>
  );
}
