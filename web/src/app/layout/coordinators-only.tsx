import type { ReactNode } from 'react';
import { Loading, NoAccess, SignInRequired } from '../../components/ui/query-state';
import { isCoordinatorOf } from '../../lib/access';
import { useSession } from '../../lib/session';

/**
 * A page part for the mobilisation's coordinators: others are asked to sign in or told why not (`refusal`).
 * The server decides every request on its own; this only keeps a form away from people who would be refused.
 */
export function CoordinatorsOnly({
  mobilisationId,
  refusal,
  children,
}: {
  mobilisationId: string;
  refusal: ReactNode;
  children: ReactNode;
}) {
  const session = useSession();
  const user = session.data?.user;
  if (session.isPending) return <Loading />;
  if (!user) return <SignInRequired />;
  if (!isCoordinatorOf(user, mobilisationId)) return <NoAccess>{refusal}</NoAccess>;
  return <>{children}</>;
}
