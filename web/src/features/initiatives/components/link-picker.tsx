import { highlightParts } from '@kraftsamling/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type LinkKind, useSearchItems } from '../api/search-items';
import type { FormLink, LinkKey } from '../lib/form-values';

const keyOf: Record<LinkKind, LinkKey> = { need: 'needs', offer: 'offers', project: 'projects' };

type Props = {
  mobilisationId: string;
  linked: Record<LinkKey, FormLink[]>;
  onAdd: (key: LinkKey, link: FormLink) => void;
};

/** Finds a need, offer or project of the mobilisation by its words, to link it to the initiative. */
export function LinkPicker({ mobilisationId, linked, onAdd }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<LinkKind>('need');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const search = useSearchItems(mobilisationId, kind, q);
  const hits = q.length >= 2 ? (search.data?.items ?? []) : [];
  const plain = (highlight: string) =>
    highlightParts(highlight)
      .map((part) => part.text)
      .join('');

  return (
    <div className="link-picker">
      <p className="form-links__title">{t('initiatives.form.addLink')}</p>
      <div className="link-picker__controls">
        <div className="field">
          <label className="field__label field__label--small" htmlFor={`${id}-kind`}>
            {t('initiatives.form.linkKind')}
          </label>
          <select
            id={`${id}-kind`}
            className="select"
            value={kind}
            onChange={(event) => setKind(event.target.value as LinkKind)}
          >
            <option value="need">{t('initiatives.linkKinds.needs')}</option>
            <option value="offer">{t('initiatives.linkKinds.offers')}</option>
            <option value="project">{t('initiatives.linkKinds.projects')}</option>
          </select>
        </div>
        <div className="field link-picker__query">
          <label className="field__label field__label--small" htmlFor={`${id}-q`}>
            {t('initiatives.form.linkSearch')}
          </label>
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <p className="search-select__count" role="status">
        {q.length < 2
          ? ''
          : search.isFetching || q !== text.trim()
            ? t('searchSelect.searching')
            : t('searchSelect.hits', { count: hits.length })}
      </p>
      {hits.length > 0 ? (
        <ul className="link-picker__hits">
          {hits.map((hit) => {
            const key = keyOf[hit.kind as LinkKind] ?? 'needs';
            const already = linked[key].some((l) => l.id === hit.itemId);
            const label = plain(hit.highlight);
            return (
              <li key={hit.itemId} className="link-picker__hit">
                <span>
                  {label} <span className="muted">({hit.organisation.name})</span>
                </span>
                {already ? (
                  <span className="muted">{t('initiatives.form.alreadyLinked')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() =>
                      onAdd(key, { id: hit.itemId, text: label, organisation: hit.organisation.name })
                    }
                  >
                    {t('initiatives.form.link')} <span className="visually-hidden">{label}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
