import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

export type SearchOption = { value: string; label: string; description?: string };

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  query: string;
  onQueryChange: (query: string) => void;
  /** The current search's hits; the chosen option is kept in the list even when the search moves on. */
  options: readonly SearchOption[];
  selected: SearchOption | null;
  onSelect: (option: SearchOption) => void;
  loading?: boolean;
  /** How many hits there are in all, when more exist than are shown. */
  total?: number;
};

/**
 * Choosing one of many (an organisation among thousands): a search field, and the hits as radio buttons.
 * Plain form controls rather than an ARIA combobox, so every screen reader and keyboard handles it the same way.
 */
export function SearchSelect({
  id,
  label,
  hint,
  errors = [],
  query,
  onQueryChange,
  options,
  selected,
  onSelect,
  loading = false,
  total,
}: Props) {
  const { t } = useTranslation();
  const list =
    selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;
  const shown = options.length;
  return (
    <div className="search-select">
      <Field id={id} label={label} hint={hint} errors={errors}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => onQueryChange(event.target.value)}
          />
        )}
      </Field>
      <p className="search-select__count" role="status">
        {loading
          ? t('searchSelect.searching')
          : total !== undefined && total > shown
            ? t('searchSelect.someHits', { shown, total })
            : t('searchSelect.hits', { count: shown })}
      </p>
      {list.length > 0 ? (
        <fieldset className="fieldset search-select__options">
          <legend className="field__label field__label--small">
            {selected ? t('searchSelect.chosen', { label: selected.label }) : t('searchSelect.choose')}
          </legend>
          {list.map((option) => {
            const optionId = `${id}-option-${option.value}`;
            return (
              <div className="checkbox search-select__option" key={option.value}>
                <input
                  type="radio"
                  id={optionId}
                  name={`${id}-options`}
                  checked={selected?.value === option.value}
                  onChange={() => onSelect(option)}
                />
                <label htmlFor={optionId}>
                  {option.label}
                  {option.description ? (
                    <span className="search-select__description"> {option.description}</span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </div>
  );
}
