import { goalCodeSchema, type InitiativeStatus, initiativeStatusSchema } from '@kraftsamling/shared';

export const initiativeViews = ['list', 'proposals', 'discarded'] as const;
export type InitiativeView = (typeof initiativeViews)[number];
export type Grouping = 'status' | 'goal' | 'none';

export type InitiativeParams = {
  view: InitiativeView;
  goal?: string;
  status?: InitiativeStatus;
  group: Grouping;
};

/** Which part of the list, its filters and grouping, read from the address. */
export function initiativeParamsFrom(params: URLSearchParams): InitiativeParams {
  const view = initiativeViews.find((v) => v === params.get('view')) ?? 'list';
  const goal = goalCodeSchema.safeParse(params.get('goal'));
  const status = initiativeStatusSchema.safeParse(params.get('status'));
  const groupParam = params.get('group');
  const group: Grouping = groupParam === 'goal' || groupParam === 'none' ? groupParam : 'status';
  return {
    view,
    ...(goal.success ? { goal: goal.data } : {}),
    ...(status.success ? { status: status.data } : {}),
    group,
  };
}
