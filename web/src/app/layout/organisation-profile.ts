import type { CurrentUser } from '@kraftsamling/shared';
import { type QueryClient, useQueries } from '@tanstack/react-query';
import { getOrganisationsQueryOptions } from '../../features/organisations/api/get-organisations';

/**
 * A session names a member's organisation, not its profile; the profile's address comes from the organisation
 * list, searched by the organisation's name and matched on its id.
 */
function lookupOptions(mobilisationId: string, organisationName: string) {
  return getOrganisationsQueryOptions(mobilisationId, { q: organisationName.slice(0, 200), limit: 50 });
}

export async function findOrganisationProfileId(
  queryClient: QueryClient,
  membership: { mobilisationId: string; organisationId: string; organisationName: string },
): Promise<string | null> {
  try {
    const list = await queryClient.fetchQuery(
      lookupOptions(membership.mobilisationId, membership.organisationName),
    );
    return list.items.find((item) => item.organisation.id === membership.organisationId)?.profileId ?? null;
  } catch {
    return null;
  }
}

/** Edit links for the organisations the person is a member of, by organisation id. */
export function useMemberProfileLinks(user: CurrentUser | null | undefined): ReadonlyMap<string, string> {
  const memberships = (user?.memberships ?? []).flatMap((m) =>
    m.role === 'member' && m.organisationId && m.organisationName
      ? [
          {
            mobilisationId: m.mobilisationId,
            organisationId: m.organisationId,
            organisationName: m.organisationName,
          },
        ]
      : [],
  );
  const results = useQueries({
    queries: memberships.map((m) => lookupOptions(m.mobilisationId, m.organisationName)),
  });
  const links = new Map<string, string>();
  memberships.forEach((m, index) => {
    const profileId = results[index]?.data?.items.find(
      (item) => item.organisation.id === m.organisationId,
    )?.profileId;
    if (profileId) links.set(m.organisationId, `/profiles/${profileId}/edit`);
  });
  return links;
}
