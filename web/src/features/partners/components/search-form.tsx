import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HitKind, hitKinds } from '../lib/search-params';
import './partners.css';

type Props = {
  q: string;
  kind: HitKind | undefined;
  onSearch: (change: { q?: string; kind?: HitKind | null }) => void;
  /** The map's filter fields (goal, theme, sector, county), which the page brings in. */
  filters: ReactNode;
};

/** What to search for and where; the text is searched when the form is sent, the choices apply at once. */
export function SearchForm({ q, kind, onSearch, filters }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(q);
  // Back and forward change the address under the form: show what is searched.
  useEffect(() => setText(q), [q]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ q: text.trim() });
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is still new to assistive technology; role="search" on the form is announced everywhere
    <form
      role="search"
      className="search-panel partner-search"
      aria-label={t('partners.searchForm')}
      onSubmit={onSubmit}
    >
      <div className="partner-search__query">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('partners.query')}
          </label>
          <p className="field__hint" id={`${id}-q-hint`}>
            {t('partners.queryHint')}
          </p>
          <div className="partner-search__row">
            <input
              id={`${id}-q`}
              className="input"
              type="search"
              autoComplete="off"
              enterKeyHint="search"
              maxLength={200}
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={`${id}-q-hint`}
            />
            <button type="submit" className="button">
              {t('partners.search')}
            </button>
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('partners.kind')}
          </label>
          <select
            id={`${id}-kind`}
            className="select"
            value={kind ?? ''}
            onChange={(event) => onSearch({ kind: (event.target.value || null) as HitKind | null })}
          >
            <option value="">{t('partners.kinds.all')}</option>
            {hitKinds.map((k) => (
              <option key={k} value={k}>
                {t(`partners.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {filters}
    </form>
  );
}
