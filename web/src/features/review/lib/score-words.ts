/** A score in [0, 1] in words a coordinator can weigh; the percentage is shown beside it. */
export type Strength = 'veryStrong' | 'strong' | 'possible' | 'weak';

export function strengthOf(score: number): Strength {
  if (score >= 0.8) return 'veryStrong';
  if (score >= 0.6) return 'strong';
  if (score >= 0.4) return 'possible';
  return 'weak';
}
