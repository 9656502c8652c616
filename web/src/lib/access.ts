import type { CurrentUser, Membership } from '@kraftsamling/shared';

/**
 * What the interface offers a person, read from their session. The server decides every request on its own;
 * these only keep buttons and links away from people who would be refused.
 */
export function membershipsIn(user: CurrentUser | null | undefined, mobilisationId: string): Membership[] {
  return user ? user.memberships.filter((m) => m.mobilisationId === mobilisationId) : [];
}

/** Anyone with a role in the mobilisation (participant, member, coordinator, admin), or a platform admin. */
export function isParticipantOf(user: CurrentUser | null | undefined, mobilisationId: string): boolean {
  if (!user) return false;
  return user.platformAdmin || membershipsIn(user, mobilisationId).length > 0;
}

export function isCoordinatorOf(user: CurrentUser | null | undefined, mobilisationId: string): boolean {
  if (!user) return false;
  return (
    user.platformAdmin ||
    membershipsIn(user, mobilisationId).some((m) => m.role === 'coordinator' || m.role === 'admin')
  );
}

export function isAdminOf(user: CurrentUser | null | undefined, mobilisationId: string): boolean {
  if (!user) return false;
  return user.platformAdmin || membershipsIn(user, mobilisationId).some((m) => m.role === 'admin');
}

/** Speaks for the organisation in the mobilisation, e.g. says "vi är intresserade" on its behalf. */
export function isMemberOfOrganisation(
  user: CurrentUser | null | undefined,
  mobilisationId: string,
  organisationId: string,
): boolean {
  return membershipsIn(user, mobilisationId).some(
    (m) => m.role === 'member' && m.organisationId === organisationId,
  );
}

/** A member acts for its own organisation only; coordinators and admins for every organisation. */
export function canEditOrganisation(
  user: CurrentUser | null | undefined,
  mobilisationId: string,
  organisationId: string,
): boolean {
  return (
    isCoordinatorOf(user, mobilisationId) || isMemberOfOrganisation(user, mobilisationId, organisationId)
  );
}

/** The organisations the person speaks for, one membership each (a member of one organisation per mobilisation). */
export function ownOrganisations(user: CurrentUser | null | undefined): Membership[] {
  return user ? user.memberships.filter((m) => m.role === 'member' && m.organisationId !== null) : [];
}

/** A member's own organisation page in a mobilisation. */
export function ownOrganisationPath(mobilisationId: string): string {
  return `/m/${mobilisationId}/our-organisation`;
}

/**
 * Where signing in leads when nothing asked for a particular page: a member to their organisation (the first,
 * if they speak for several), everyone else to the start page.
 */
export function landingPath(user: CurrentUser | null | undefined): string {
  const [own] = ownOrganisations(user);
  return own ? ownOrganisationPath(own.mobilisationId) : '/';
}

/**
 * Where to go after signing in: only a path inside this app, never another site (`//evil.example`) and never
 * back to the sign-in page itself.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/sign-in' || value.startsWith('/sign-in?')) return '/';
  return value;
}

export function signInPath(returnTo: string): string {
  const target = safeReturnPath(returnTo);
  return target === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(target)}`;
}
