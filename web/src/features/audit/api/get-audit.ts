import { auditListSchema, type auditQuerySchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type AuditEntityType = NonNullable<z.input<typeof auditQuerySchema>['entityType']>;
export type AuditFilter = { entityType?: AuditEntityType; limit: number; offset: number };

export function getAudit(mobilisationId: string, filter: AuditFilter, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/audit`, {
    schema: auditListSchema,
    query: filter,
    ...(signal ? { signal } : {}),
  });
}

export function getAuditQueryOptions(mobilisationId: string, filter: AuditFilter) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'audit', filter],
    queryFn: ({ signal }) => getAudit(mobilisationId, filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(mobilisationId: string, filter: AuditFilter) {
  return useQuery(getAuditQueryOptions(mobilisationId, filter));
}
