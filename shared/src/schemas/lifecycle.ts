import { z } from 'zod';
import { idSchema, longText, timestampSchema } from './common';

/**
 * Where a need or offer stands. Only `open` items take part in matching, the review queue and the map's
 * proposed links; the others stay on the profile and in initiatives, marked. `expired` is set by the currency
 * check (an entry nobody confirmed in time), never by hand.
 */
export const itemStates = ['open', 'met', 'withdrawn', 'expired'] as const;
export const itemStateSchema = z.enum(itemStates);
export type ItemState = z.infer<typeof itemStateSchema>;

/** What met a need (or used an offer): another organisation, a proposed match's counterpart, an initiative. */
export const metBySchema = z.union([
  z.object({ kind: z.literal('organisation'), organisationId: idSchema }),
  z.object({ kind: z.literal('match'), itemId: idSchema }),
  z.object({ kind: z.literal('initiative'), initiativeId: idSchema }),
]);
export type MetBy = z.infer<typeof metBySchema>;

const note = longText(500).default('');

/** A change of an item's state as asked for: met (by whom, if known), withdrawn, or opened again. */
export const changeItemStateSchema = z.union([
  z.object({ state: z.literal('met'), metBy: metBySchema.nullable().default(null), note }),
  z.object({ state: z.literal('withdrawn'), note }),
  z.object({ state: z.literal('open') }),
]);
export type ChangeItemState = z.input<typeof changeItemStateSchema>;

export const itemStateParamsSchema = z.object({ profileId: idSchema, itemId: idSchema });

/** An item's state as the API tells it; `metBy` names what met it, when that is known and still there. */
export const itemStatusSchema = z.object({
  itemId: idSchema,
  state: itemStateSchema,
  note: z.string(),
  changedAt: timestampSchema.nullable(),
  metBy: z
    .object({
      organisation: z.object({ id: idSchema, name: z.string() }).nullable(),
      initiative: z.object({ id: idSchema, title: z.string() }).nullable(),
      itemId: idSchema.nullable(),
    })
    .nullable(),
});
export type ItemStatus = z.infer<typeof itemStatusSchema>;
