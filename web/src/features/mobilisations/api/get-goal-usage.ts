import { goalUsageSchema } from '@kraftsamling/shared';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function useGoalUsage(mobilisationId: string) {
  return useQuery({
    queryKey: ['mobilisations', mobilisationId, 'goal-usage'],
    queryFn: ({ signal }) =>
      apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/goals/usage`, {
        schema: goalUsageSchema,
        signal,
      }),
  });
}
