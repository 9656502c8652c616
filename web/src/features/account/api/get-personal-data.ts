import { personalDataSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getPersonalData() {
  return apiRequest('/me/data', { schema: personalDataSchema });
}

export const personalDataFileName = 'kraftsamling-mina-uppgifter.json';

/** Saves the person's data as a JSON file: fetched fresh on each click, never kept in the cache. */
export function useDownloadPersonalData() {
  return useMutation({
    mutationFn: getPersonalData,
    onSuccess: (data) => {
      const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = personalDataFileName;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
