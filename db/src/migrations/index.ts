import type { Migration } from 'kysely/migration';
import * as initial from './20261125T0900-initial';
import * as jobsAndMatches from './20261125T1100-jobs-and-matches';
import * as accounts from './20261125T1300-accounts';
import * as initiatives from './20261125T1500-initiatives';
import * as mapAndSearch from './20261125T1700-map-and-search';
import * as attemptLimits from './20261205T1417-attempt-limits';
import * as jobLanesAndMatchStaging from './20261205T2140-job-lanes-and-match-staging';
import * as searchByMeaning from './20261206T0130-search-by-meaning';
import * as invitationsCoordinatorsManage from './20261206T0145-invitations-coordinators-manage';
import * as interestDedupe from './20261206T0150-interest-dedupe';
import * as importMappings from './20261206T0155-import-mappings';
import * as readPathIndexes from './20261206T0221-read-path-indexes';
import * as mapDocuments from './20261206T0246-map-documents';
import * as retiredGoals from './20261206T0330-retired-goals';
import * as initiativeWordsAndParticipation from './20261206T0335-initiative-words-and-participation';
import * as itemLifecycle from './20261206T0336-item-lifecycle';
import * as interestDelivery from './20261206T0337-interest-delivery';
import * as mobilisationKinds from './20261206T0338-mobilisation-kinds';
import * as importRuns from './20261206T0340-import-runs';
import * as importRunErrorTexts from './20261206T1000-import-run-error-texts';
import * as currency from './20261206T1010-currency';
import * as kindsAbbreviations from './20261206T1020-kinds-abbreviations';
import * as readPathSummaries from './20261206T1030-read-path-summaries';
import * as projectGoalCorrections from './20261206T1040-project-goal-corrections';
import * as notificationSettings from './20261207T1000-notification-settings';
import * as searchPage from './20261208T1210-search-page';
import * as matchSignatures from './20261208T1220-match-signatures';
import * as searchEvidence from './20261209T1400-search-evidence';
import * as matchesPartitionedByMobilisation from './20261209T1500-matches-partitioned-by-mobilisation';
import * as initiativeListedParticipants from './20261210T1200-initiative-listed-participants';
import * as searchScopedOnItsRows from './20261210T1300-search-scoped-on-its-rows';
import * as reviewPage from './20261211T1400-review-page';
import * as searchWithoutJit from './20261213T1200-search-without-jit';
import * as searchRankedByFocus from './20261214T1200-search-ranked-by-focus';

/** Listed by hand rather than read from disk, so migrations work the same under tsx, vitest and bundlers. */
export const migrations: Record<string, Migration> = {
  '20261125T0900-initial': initial,
  '20261125T1100-jobs-and-matches': jobsAndMatches,
  '20261125T1300-accounts': accounts,
  '20261125T1500-initiatives': initiatives,
  '20261125T1700-map-and-search': mapAndSearch,
  '20261205T1417-attempt-limits': attemptLimits,
  '20261205T2140-job-lanes-and-match-staging': jobLanesAndMatchStaging,
  '20261206T0130-search-by-meaning': searchByMeaning,
  '20261206T0145-invitations-coordinators-manage': invitationsCoordinatorsManage,
  '20261206T0150-interest-dedupe': interestDedupe,
  '20261206T0155-import-mappings': importMappings,
  '20261206T0221-read-path-indexes': readPathIndexes,
  '20261206T0246-map-documents': mapDocuments,
  '20261206T0330-retired-goals': retiredGoals,
  '20261206T0335-initiative-words-and-participation': initiativeWordsAndParticipation,
  '20261206T0336-item-lifecycle': itemLifecycle,
  '20261206T0337-interest-delivery': interestDelivery,
  '20261206T0338-mobilisation-kinds': mobilisationKinds,
  '20261206T0340-import-runs': importRuns,
  '20261206T1000-import-run-error-texts': importRunErrorTexts,
  '20261206T1010-currency': currency,
  '20261206T1020-kinds-abbreviations': kindsAbbreviations,
  '20261206T1030-read-path-summaries': readPathSummaries,
  '20261206T1040-project-goal-corrections': projectGoalCorrections,
  '20261207T1000-notification-settings': notificationSettings,
  '20261208T1210-search-page': searchPage,
  '20261208T1220-match-signatures': matchSignatures,
  '20261209T1400-search-evidence': searchEvidence,
  '20261209T1500-matches-partitioned-by-mobilisation': matchesPartitionedByMobilisation,
  '20261210T1200-initiative-listed-participants': initiativeListedParticipants,
  '20261210T1300-search-scoped-on-its-rows': searchScopedOnItsRows,
  '20261211T1400-review-page': reviewPage,
  '20261213T1200-search-without-jit': searchWithoutJit,
  '20261214T1200-search-ranked-by-focus': searchRankedByFocus,
};
