import type { AnswerInterest } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { getOrganisationInterestsQueryKey } from './get-organisation-interests';

/** The receiver's answer: "intressant – hör av er" or "inte aktuellt", with a short note. */
export function answerInterest(organisationId: string, interestId: string, answer: AnswerInterest) {
  return apiRequest(
    `/organisations/${encodeURIComponent(organisationId)}/interests/${encodeURIComponent(interestId)}/answer`,
    { method: 'POST', schema: z.null(), body: answer },
  );
}

export function useAnswerInterest(organisationId: string, mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ interestId, answer }: { interestId: string; answer: AnswerInterest }) =>
      answerInterest(organisationId, interestId, answer),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: getOrganisationInterestsQueryKey(organisationId, mobilisationId),
      }),
  });
}
