import { searchHitSchema } from '@kraftsamling/shared';

export type HitKind = (typeof searchHitSchema.shape.kind.options)[number];
export const hitKinds = searchHitSchema.shape.kind.options;

export type SearchState = { q: string; kind: HitKind | undefined; page: number };

/** The search text, kind and page from the address; the filters are read by the map's own helper. */
export function searchFromParams(params: URLSearchParams): SearchState {
  const kind = searchHitSchema.shape.kind.safeParse(params.get('kind'));
  return {
    q: params.get('q')?.trim() ?? '',
    kind: kind.success ? kind.data : undefined,
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
  };
}
