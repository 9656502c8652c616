import { type DecideMatch, decideMatchSchema, type ReviewList } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { getReviewQueryKey } from './get-review';

export function decideMatch(mobilisationId: string, decision: DecideMatch) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/review/decisions`, {
    method: 'POST',
    schema: decideMatchSchema,
    body: decision,
  });
}

/**
 * A decision shows at once on the pair (who and when), then every page of the queue is asked for again, so the
 * list ends up as the server has it: in the "open" view a decided pair leaves, elsewhere it keeps its place.
 * A refused decision puts the cache back as it was.
 */
export function useDecideMatch(mobilisationId: string) {
  const queryClient = useQueryClient();
  const name = useSession().data?.user?.name ?? '';
  const queryKey = getReviewQueryKey(mobilisationId);
  return useMutation({
    mutationFn: (decision: DecideMatch) => decideMatch(mobilisationId, decision),
    onMutate: async (decision) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueriesData<ReviewList>({ queryKey });
      queryClient.setQueriesData<ReviewList>({ queryKey }, (list) =>
        list
          ? {
              ...list,
              items: list.items.map((item) =>
                item.need.id === decision.needId && item.offer.id === decision.offerId
                  ? {
                      ...item,
                      decision: {
                        decision: decision.decision,
                        note: decision.note ?? '',
                        decidedBy: name,
                        decidedAt: new Date().toISOString(),
                      },
                    }
                  : item,
              ),
            }
          : list,
      );
      return { previous };
    },
    onError: (_error, _decision, context) => {
      for (const [key, data] of context?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
