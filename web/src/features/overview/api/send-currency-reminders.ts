import { currencyRoundSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getCurrencyOverviewQueryOptions } from './get-currency-overview';

/** A coordinator's reminder round, to one organisation or (null) to all. */
export function sendCurrencyReminders(mobilisationId: string, organisationId: string | null) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/currency/reminders`, {
    method: 'POST',
    schema: currencyRoundSchema,
    body: { organisationId },
  });
}

export function useSendCurrencyReminders(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string | null) => sendCurrencyReminders(mobilisationId, organisationId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getCurrencyOverviewQueryOptions(mobilisationId).queryKey }),
  });
}
