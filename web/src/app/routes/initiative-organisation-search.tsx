import { useState } from 'react';
import type { OrganisationSearch } from '../../features/initiatives/components/initiative-form';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { useLanguage } from '../../lib/i18n/use-language';
import { sectorLabel } from '../../lib/reference';
import { useDebouncedValue } from '../../lib/use-debounced-value';

const hits = 8;

/** The organisations of the mobilisation, searched by name, as choices for an initiative's participants. */
export function useOrganisationSearch(mobilisationId: string): OrganisationSearch {
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 300);
  const organisations = useOrganisations(mobilisationId, {
    ...(debounced ? { q: debounced } : {}),
    limit: hits,
  });
  return {
    query,
    onQueryChange: setQuery,
    options: (organisations.data?.items ?? []).map((item) => ({
      value: item.organisation.id,
      label: item.organisation.name,
      description: `${sectorLabel(item.organisation.sector, language)}, ${item.organisation.county}`,
    })),
    loading: organisations.isFetching || debounced !== query.trim(),
    ...(organisations.data ? { total: organisations.data.total } : {}),
  };
}
