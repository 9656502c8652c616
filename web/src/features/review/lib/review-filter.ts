import { counties, goalCodeSchema, reviewQuerySchema, sectorSchema } from '@kraftsamling/shared';
import type { ReviewFilter } from '../api/get-review';

export const reviewPageSize = 20;

export const reviewStates = reviewQuerySchema.shape.state.unwrap().options;
export type ReviewState = (typeof reviewStates)[number];

export type ReviewParams = Omit<ReviewFilter, 'limit' | 'offset'> & { state: ReviewState; page: number };

/** The queue's filters and page, read from the address; anything the API would refuse is left out. */
export function reviewParamsFrom(params: URLSearchParams): ReviewParams {
  const state = reviewStates.find((s) => s === params.get('state')) ?? 'open';
  const goal = goalCodeSchema.safeParse(params.get('goal'));
  const sector = sectorSchema.safeParse(params.get('sector'));
  const countyParam = params.get('county');
  const county = counties.some((c) => c.name === countyParam) ? countyParam : null;
  const concept = params.get('concept')?.trim().slice(0, 60) ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return {
    state,
    ...(goal.success ? { goal: goal.data } : {}),
    ...(concept ? { concept } : {}),
    ...(county ? { county } : {}),
    ...(sector.success ? { sector: sector.data } : {}),
    page,
  };
}

export function reviewFilterFor({ page, ...params }: ReviewParams): ReviewFilter {
  return { ...params, limit: reviewPageSize, offset: (page - 1) * reviewPageSize };
}
