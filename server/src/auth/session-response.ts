import type { Session } from '@kraftsamling/shared';
import type { Viewer } from './access';

export function sessionResponse(viewer: Viewer, csrfToken: string | null): Session {
  if (!viewer.user) return { user: null, csrfToken: null };
  return {
    user: {
      id: viewer.user.id,
      email: viewer.user.email,
      name: viewer.user.name,
      platformAdmin: viewer.user.platformAdmin,
      memberships: viewer.memberships,
    },
    csrfToken,
  };
}
