import type { Strings } from '../sv';
import type { sv } from './overview.sv';

export const en: Strings<typeof sv> = {
  overview: {
    title: 'Status overview',
    intro:
      'How far the mobilisation has come: profiles, matches and initiatives, and where needs still lack support and offers lack takers.',
    category: 'Category',
    count: 'Number',
    statSubmitted: 'of {{total}} organisations have submitted their profile',
    statUnmet: 'of {{total}} needs have no accepted or proposed offer',
    statUnused: 'of {{total}} offers are not used by any need',
    statInitiatives: 'initiatives in the initiative list',
    statMet: 'needs met since the start; {{through}} through initiatives',
    closedSummary:
      'Also: {{needsWithdrawn}} needs withdrawn, {{offersUsed}} offers used, {{offersWithdrawn}} offers withdrawn, {{expired}} entries lapsed. They are not counted above.',
    profilesHeading: 'Profiles',
    profilesCaption: 'Status of the profiles ({{total}} organisations)',
    profilesSummary: '{{submitted}} of {{total}} have submitted.',
    profiles: {
      submitted: 'Submitted',
      changed: 'Submitted, with changes not yet submitted',
      draft: 'Draft, not submitted',
      empty: 'Missing (not started)',
    },
    matchesHeading: 'Matches',
    matchesCaption: 'Matches between needs and offers',
    matches: { suggested: 'Proposed', accepted: 'Accepted', rejected: 'Rejected' },
    reviewLink: 'Review matches',
    statusHeading: 'Initiatives by status',
    statusCaption: 'Initiatives in the list by status ({{total}} in all)',
    proposed_one: '{{formatted}} proposal awaits a decision.',
    proposed_other: '{{formatted}} proposals await a decision.',
    proposalsLink: 'Go to the proposals',
    goalsHeading: 'Initiatives by goal',
    goalsCaption: 'Initiatives in the list by overall goal',
    goalsSummary: 'An initiative that serves several goals is counted under each.',
    unmetHeading_one: '{{formatted}} need without support',
    unmetHeading_other: '{{formatted}} needs without support',
    unmetIntro: '{{unmet}} of {{total}} needs have neither an accepted nor a proposed match with any offer.',
    noUnmet: 'Every need has at least one accepted or proposed offer.',
    unusedHeading_one: '{{formatted}} offer no one uses',
    unusedHeading_other: '{{formatted}} offers no one uses',
    unusedIntro:
      '{{unused}} of {{total}} offers have neither an accepted nor a proposed match with any need.',
    noUnused: 'Every offer has at least one need it can meet.',
    showing: 'Showing {{shown}} of {{total}}.',
  },
};
