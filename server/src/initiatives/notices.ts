import type { Initiative } from '@kraftsamling/shared';

export type InitiativeNoticeKind = 'initiative.added' | 'initiative.endorsement_requested';

export type InitiativeNotice = {
  kind: InitiativeNoticeKind;
  organisationId: string;
  organisationName: string;
};

/**
 * Which organisations a change to an initiative concerns, and how: those that now take part in a listed
 * initiative and did not before are added; those asked to endorse it — the initiative is in its endorsement
 * stage (förankring) and their answer is open — hear that instead, once: when the stage begins, when they join
 * during it, or when their answer is reopened. Proposals and discarded initiatives are the coordinators' own
 * working material and tell nobody.
 */
export function initiativeNotices(before: Initiative | null, after: Initiative): InitiativeNotice[] {
  if (after.state !== 'listed') return [];
  const wasListed = before?.state === 'listed';
  const earlier = new Map(wasListed ? before.participants.map((p) => [p.organisation.id, p]) : []);
  const askedBefore = wasListed && before.status === 'forankring';
  const asking = after.status === 'forankring';
  const notices: InitiativeNotice[] = [];
  for (const participant of after.participants) {
    const was = earlier.get(participant.organisation.id);
    const requested =
      asking &&
      participant.endorsement === 'inbjuden' &&
      (!was || !askedBefore || was.endorsement !== 'inbjuden');
    const kind: InitiativeNoticeKind | null = requested
      ? 'initiative.endorsement_requested'
      : was
        ? null
        : 'initiative.added';
    if (kind) {
      notices.push({
        kind,
        organisationId: participant.organisation.id,
        organisationName: participant.organisation.name,
      });
    }
  }
  return notices;
}
