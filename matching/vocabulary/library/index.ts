import { supportTypes } from '../support-types';
import type { ConceptDefinition } from '../types';
import { concepts as alcoholDrugsGambling } from './alcohol-drugs-gambling';
import { concepts as childrenYouth } from './children-youth';
import { concepts as climateEnvironment } from './climate-environment';
import { concepts as crisisPreparedness } from './crisis-preparedness';
import { concepts as foodMeals } from './food-meals';
import { concepts as general } from './general';
import { concepts as housingHomelessness } from './housing-homelessness';
import { concepts as olderPeople } from './older-people';
import { concepts as physicalActivity } from './physical-activity';
import { concepts as safety } from './safety';
import { concepts as socialSustainability } from './social-sustainability';
import { concepts as workIntegration } from './work-integration';

// The library a mobilisation's kinds of support draw on: the mental-health template (whose general kinds —
// evaluation, funding, premises … — recur in every field) and the kinds of help of the other fields the platform
// serves. A field's file holds its concepts and example sentences (the examples are unit tests).
// The fields' kinds of help that need presence — someone on site, a place, a local activity — so that distance
// matters for their pairs. Knowledge, data and digital help are not local.
const PRESENCE = new Set([
  'neighbourhood-safety-walks',
  'urban-gardening',
  'free-leisure-holidays',
  'neighbourly-cohesion',
  'summer-jobs',
  'extended-home-visits',
  'safety-walks',
  'neighbourhood-watch',
  'night-walkers',
  'field-work',
  'safety-hosts',
  'meaningful-leisure',
  'summer-jobs-safety',
  'work-placements',
  'summer-jobs-work',
  'language-practice',
  'housing-search',
  'work-training',
  'falls-prevention',
  'senior-exercise',
  'home-adaptation',
  'meal-fellowship',
  'care-home-activities',
  'intergenerational-meetings',
  'handyman-service',
  'escort-errands',
  'activity-fees-and-cards',
  'equipment-lending',
  'leader-recruitment',
  'holiday-activities',
  'open-youth-centres',
  'youth-field-work',
  'homework-help',
  'summer-jobs-youth',
  'hall-and-pitch-times',
  'late-night-sports',
  'learn-to-swim',
  'try-out-days',
  'meals-for-children',
  'farm-visits',
  'community-kitchens',
  'harvest-sharing',
  'rural-food-access',
  'school-garden-learning',
  'food-donation-logistics',
  'social-supermarkets',
  'kitchen-work-training',
  'walking-groups',
  'adult-cycling-school',
  'outdoor-introduction',
  'trails-outdoor-recreation',
  'low-threshold-activity',
  'dance-for-health',
  'family-activity',
  'mass-participation-events',
  'winter-activities',
  'adult-swimming-water-exercise',
  'preschool-movement',
  'exercise-chronic-conditions',
  'exercise-for-mental-health',
  'adapted-physical-activity',
  'club-health-role',
  'activity-navigators',
  'pregnancy-postnatal-exercise',
  'social-contracts',
  'housing-quotas',
  'affordable-housing',
  'emergency-shelter',
  'day-centres',
  'street-outreach',
  'homeless-health-care',
  'tenancy-support',
  'supported-housing',
  'families-temporary',
  'hoarding-cleaning',
  'household-start',
  'test-purchases',
  'harm-reduction',
  'alcohol-free-events',
  'crisis-support-points',
  'community-preparedness-groups',
  'evacuation-sheltering',
  'public-shelters',
  'emergency-water',
  'voluntary-resource-groups',
  'first-aid-cpr',
  'fire-safety',
  'reuse-second-hand',
  'repair-mending',
  'sharing-lending',
  'litter-picking',
  'cycling-promotion',
  'local-food-systems',
]);

export const library: ConceptDefinition[] = [
  ...supportTypes,
  ...general,
  ...[
    ...socialSustainability,
    ...safety,
    ...workIntegration,
    ...olderPeople,
    ...childrenYouth,
    ...foodMeals,
    ...physicalActivity,
    ...housingHomelessness,
    ...alcoholDrugsGambling,
    ...crisisPreparedness,
    ...climateEnvironment,
  ].map((concept) => (PRESENCE.has(concept.id) ? { ...concept, needsPresence: true } : concept)),
];
