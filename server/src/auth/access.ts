import type { AccessScope } from '@kraftsamling/db';
import type { Membership } from '@kraftsamling/shared';

/**
 * Who may call a route, from least to most trusted. Each route declares one in `config.access`; the check
 * itself is one hook on the /api folder (routes/api/index.ts), never code in handlers.
 * - public: anyone, signed in or not.
 * - published: anyone when the mobilisation publishes its profiles; otherwise its participants.
 * - signed-in: any signed-in person.
 * - participant: anyone with a role in the mobilisation the resource belongs to.
 * - member: a member of the organisation the resource belongs to, or a coordinator or admin.
 * - coordinator: a coordinator or admin of the mobilisation.
 * - admin: an admin of the mobilisation.
 * - platform-admin: an administrator of the whole platform.
 * Platform administrators pass every rule.
 */
export const accessRules = [
  'public',
  'published',
  'signed-in',
  'participant',
  'member',
  'coordinator',
  'admin',
  'platform-admin',
] as const;
export type AccessRule = (typeof accessRules)[number];

export type Viewer = {
  user: { id: string; name: string; email: string; platformAdmin: boolean } | null;
  memberships: Membership[];
};

export const anonymous: Viewer = { user: null, memberships: [] };

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

const rank = { participant: 1, member: 2, coordinator: 3, admin: 4 } as const;

function rolesIn(viewer: Viewer, scope: AccessScope) {
  const ids = new Set(scope.mobilisations.map((m) => m.id));
  return viewer.memberships.filter((m) => ids.has(m.mobilisationId));
}

/** Whether the viewer has at least `role` in one of the scope's mobilisations (a member: for its organisation). */
export function holds(viewer: Viewer, scope: AccessScope, role: keyof typeof rank): boolean {
  if (viewer.user?.platformAdmin) return true;
  return rolesIn(viewer, scope).some((m) => {
    // A member acts for its own organisation only; coordinators and admins act for all.
    if (role === 'member') {
      return m.role === 'member'
        ? m.organisationId === scope.organisationId
        : rank[m.role] >= rank.coordinator;
    }
    return rank[m.role] >= rank[role];
  });
}

export function decide(rule: AccessRule, viewer: Viewer, scope: AccessScope): Decision {
  const deny: Decision = viewer.user ? 'forbidden' : 'unauthenticated';
  switch (rule) {
    case 'public':
      return 'allow';
    case 'published':
      if (scope.mobilisations.some((m) => m.publicAccess === 'profiles')) return 'allow';
      return holds(viewer, scope, 'participant') ? 'allow' : deny;
    case 'signed-in':
      return viewer.user ? 'allow' : 'unauthenticated';
    case 'participant':
    case 'member':
    case 'coordinator':
    case 'admin':
      return holds(viewer, scope, rule) ? 'allow' : deny;
    case 'platform-admin':
      return viewer.user?.platformAdmin ? 'allow' : deny;
  }
}
