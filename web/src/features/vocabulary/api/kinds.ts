import {
  type DecideTerm,
  decideTermResultSchema,
  type KindsPreviewInput,
  kindsHistorySchema,
  kindsPreviewResultSchema,
  kindsVersionSchema,
  proposedTermListSchema,
  type ReplaceKinds,
  type RevertKinds,
} from '@kraftsamling/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

// The vocabulary editor's endpoints: the kinds, their versions, the proposed terms and the preview.

const base = (mobilisationId: string) => `/mobilisations/${encodeURIComponent(mobilisationId)}/kinds`;
/** Under the mobilisation's key: a change refreshes everything read about the kinds. */
const kindsKey = (mobilisationId: string) => ['mobilisations', mobilisationId, 'kinds'] as const;

export function useKinds(mobilisationId: string) {
  return useQuery({
    queryKey: kindsKey(mobilisationId),
    queryFn: ({ signal }) => apiRequest(base(mobilisationId), { schema: kindsVersionSchema, signal }),
  });
}

export function useKindsHistory(mobilisationId: string) {
  return useQuery({
    queryKey: [...kindsKey(mobilisationId), 'versions'],
    queryFn: ({ signal }) =>
      apiRequest(`${base(mobilisationId)}/versions`, { schema: kindsHistorySchema, signal }),
  });
}

export function useProposedTerms(mobilisationId: string) {
  return useQuery({
    queryKey: [...kindsKey(mobilisationId), 'proposed-terms'],
    queryFn: ({ signal }) =>
      apiRequest(`${base(mobilisationId)}/proposed-terms`, { schema: proposedTermListSchema, signal }),
  });
}

/** Every change of the kinds starts learning and a re-match: the run's progress is read again too. */
function useKindsChange<I, O>(mobilisationId: string, send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: kindsKey(mobilisationId) }),
        queryClient.invalidateQueries({ queryKey: ['mobilisations', mobilisationId, 'match-runs'] }),
      ]),
  });
}

export function useReplaceKinds(mobilisationId: string) {
  return useKindsChange(mobilisationId, (body: ReplaceKinds) =>
    apiRequest(base(mobilisationId), { method: 'PUT', schema: kindsVersionSchema, body }),
  );
}

export function useRevertKinds(mobilisationId: string) {
  return useKindsChange(mobilisationId, (body: RevertKinds) =>
    apiRequest(`${base(mobilisationId)}/revert`, { method: 'POST', schema: kindsVersionSchema, body }),
  );
}

export function useDecideTerm(mobilisationId: string) {
  return useKindsChange(mobilisationId, (body: DecideTerm) =>
    apiRequest(`${base(mobilisationId)}/proposed-terms`, {
      method: 'POST',
      schema: decideTermResultSchema,
      body,
    }),
  );
}

export function usePreview(mobilisationId: string) {
  return useMutation({
    mutationFn: (body: KindsPreviewInput) =>
      apiRequest(`${base(mobilisationId)}/preview`, {
        method: 'POST',
        schema: kindsPreviewResultSchema,
        body,
      }),
  });
}
