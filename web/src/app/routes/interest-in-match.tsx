import type { MatchAction } from '../../features/matching/components/profile-matches';
import { InterestAction } from '../../features/partners/components/interest-action';

/**
 * "Vi är intresserade" to a proposed counterpart, sent for the organisation about its own need or offer: what
 * the organisation's pages put into the matching feature's action slot.
 */
export function interestInMatch(
  organisation: { mobilisationId: string; organisationId: string },
  headingLevel: 4 | 5,
): MatchAction {
  return (match, item) => (
    <InterestAction
      mobilisationId={organisation.mobilisationId}
      to={match.counterpart.organisation}
      counterpartItemId={match.counterpart.itemId}
      onBehalfOf={organisation.organisationId}
      itemId={item.itemId}
      headingLevel={headingLevel}
      showSignIn={false}
    />
  );
}
