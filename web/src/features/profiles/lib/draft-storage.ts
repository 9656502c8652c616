import { type ProfileContent, targetGroupIds } from '@kraftsamling/shared';
import { z } from 'zod';

/**
 * The browser's copy of what someone typed but the server has not confirmed yet. Read back with a loose schema
 * on purpose: a copy that the draft rules would refuse (say, a text over the limit) is still the person's work
 * and must come back after a reload.
 */
const looseItem = z.object({
  id: z.string(),
  text: z.string(),
  themes: z.array(z.string()),
  targetGroups: z.array(z.enum(targetGroupIds)),
  // Copies stored before items had a kind tag come back without one.
  supportKind: z.string().nullable().default(null),
});
const storedDraftSchema = z.object({
  content: z.object({
    goals: z.string(),
    projects: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string(),
        period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
        goals: z.array(z.string()),
      }),
    ),
    needs: z.array(looseItem),
    offers: z.array(looseItem),
  }),
  /** The server version this copy was edited from, so a save from it is checked like any other. */
  baseVersion: z.number().int(),
  storedAt: z.string(),
});

export type StoredDraft = { content: ProfileContent; baseVersion: number; storedAt: string };

const key = (profileId: string) => `kraftsamling.profile-draft.${profileId}`;

export function readStoredDraft(profileId: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key(profileId));
    if (!raw) return null;
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeStoredDraft(profileId: string, draft: Omit<StoredDraft, 'storedAt'>): void {
  try {
    window.localStorage.setItem(
      key(profileId),
      JSON.stringify({ ...draft, storedAt: new Date().toISOString() }),
    );
  } catch {
    // Storage full or blocked: the server save is still under way, so this copy is a safety net, not the record.
  }
}

export function clearStoredDraft(profileId: string): void {
  try {
    window.localStorage.removeItem(key(profileId));
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}
