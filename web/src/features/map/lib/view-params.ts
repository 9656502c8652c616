import { idSchema, mapFilterSchema } from '@kraftsamling/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { MapView } from './map-view';

/** The filters as they appear in the address, in this order. */
export const viewKeys = ['goal', 'concept', 'sector', 'county', 'linkStatus', 'initiative'] as const;
export type ViewKey = (typeof viewKeys)[number];

/**
 * Reads the map's filters from the query string, dropping anything the API would refuse, so a hand-edited or
 * outdated link shows the map with the filters that still make sense instead of failing.
 */
export function viewFromParams(params: URLSearchParams): MapView {
  const view: MapView = {};
  for (const key of ['goal', 'concept', 'sector', 'county', 'linkStatus'] as const) {
    const value = params.get(key);
    if (!value) continue;
    const parsed = mapFilterSchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(view, { [key]: parsed.data });
  }
  const initiative = idSchema.safeParse(params.get('initiative'));
  if (initiative.success) view.initiative = initiative.data;
  return view;
}

/** The filters as query-string parameters, e.g. for the link between the map and its list view. */
export function viewToSearch(view: MapView, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of viewKeys) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function hasFilters(view: MapView): boolean {
  return viewKeys.some((key) => Boolean(view[key]));
}

/**
 * The filters live in the address (shareable, kept on reload and on back/forward). Changing one keeps every
 * other parameter except the page number, which starts again from the first page.
 */
export function useMapView() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parsed view changes only when the query string does
  const view = useMemo(() => viewFromParams(params), [key]);
  const update = useCallback(
    (changes: Partial<Record<ViewKey | 'org', string | null>>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          if (Object.keys(changes).some((name) => name !== 'org')) next.delete('page');
          // A search first, then the filters in a fixed order, so the same view always has the same address.
          const ordered = new URLSearchParams();
          for (const key of ['q', 'kind']) {
            const value = next.get(key);
            if (value) ordered.set(key, value);
          }
          for (const key of viewKeys) {
            const value = next.get(key);
            if (value) ordered.set(key, value);
          }
          for (const [key, value] of next) {
            if (!ordered.has(key)) ordered.append(key, value);
          }
          return ordered;
        },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [setParams],
  );
  const clear = useCallback(() => {
    update(Object.fromEntries(viewKeys.map((k) => [k, null])));
  }, [update]);
  return { view, params, update, clear };
}
