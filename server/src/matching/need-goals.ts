import { type Field, type GoalDefinition, linkGoals } from '@kraftsamling/matching';

/**
 * The goal each of a batch of need texts serves best (null: none clearly), each read on its own with the
 * mobilisation's field (absent: the template's): how `MobilisationIndex` links a profile's needs, and the search
 * thread a cold index's needs beside it (decision 074). A tie between goals goes to the goal most of the
 * batch's clearly linked texts serve (decision 055), so both link the same batches: one profile's texts.
 */
export function linkNeedTexts(goals: GoalDefinition[], texts: string[], field?: Field): (string | null)[] {
  if (goals.length === 0 || texts.length === 0) return texts.map(() => null);
  const links = linkGoals(
    goals,
    texts.map((text, i) => ({ id: String(i), projects: [{ title: '', description: text }] })),
    // Linked a profile at a time as profiles come in: each need's link must not depend on its batch.
    { ...(field ? { field } : {}), alone: true },
  );
  const out = texts.map((): string | null => null);
  for (const link of links) out[Number(link.org)] = link.score > 0 ? link.goal : null;
  return out;
}

/**
 * The batches `linkNeedTexts` is given for profiles loaded in this order: each profile's need texts that no
 * earlier one had (nor any text in `seen`, which takes them in), as `MobilisationIndex` links them.
 */
export function needTextBatches(profiles: { needs: { text: string }[] }[], seen: Set<string>): string[][] {
  return profiles.map((profile) => {
    const unread = [...new Set(profile.needs.map((need) => need.text))].filter((text) => !seen.has(text));
    for (const text of unread) seen.add(text);
    return unread;
  });
}
