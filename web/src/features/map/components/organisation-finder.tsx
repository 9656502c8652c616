import type { MapNode } from '@kraftsamling/shared';
import { type FormEvent, type Ref, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorLabel } from '../../../lib/reference';
import type { Vocabulary } from '../hooks/use-vocabulary';
import { findByName } from '../lib/map-view';
import './map.css';

type Props = {
  nodes: readonly MapNode[];
  vocabulary: Vocabulary;
  onSelect: (id: string) => void;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * Finds an organisation on the map by name: the hits are plain buttons, so keyboard and screen-reader users
 * reach any organisation without the canvas. Choosing one opens its panel and brings it into view.
 */
export function OrganisationFinder({ nodes, vocabulary, onSelect, inputRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const hits = useMemo(() => findByName(nodes, text), [nodes, text]);
  const searching = text.trim().length > 0;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const first = hits[0];
    if (first) onSelect(first.id);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is still new to assistive technology; role="search" on the form is announced everywhere
    <form role="search" className="map-finder" aria-labelledby={`${id}-label`} onSubmit={onSubmit}>
      <div className="field">
        <label className="field__label" id={`${id}-label`} htmlFor={`${id}-q`}>
          {t('map.find')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('map.findHint')}
        </p>
        <input
          id={`${id}-q`}
          ref={inputRef}
          className="input"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${id}-hint ${id}-count`}
        />
      </div>
      <p id={`${id}-count`} className="map-finder__count" role="status">
        {searching ? (hits.length > 0 ? t('map.findHits', { count: hits.length }) : t('map.findNone')) : ''}
      </p>
      {hits.length > 0 ? (
        <ul className="map-finder__hits">
          {hits.map((node) => (
            <li key={node.id}>
              <button type="button" className="map-finder__hit" onClick={() => onSelect(node.id)}>
                <span className="map-finder__name">{node.name}</span>
                <span className="map-finder__meta">
                  {sectorLabel(node.sector, vocabulary.language)} · {node.county}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
