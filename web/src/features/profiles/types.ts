import type { Profile } from '@kraftsamling/shared';

/** A mobilisation's overall goal as the profile pages need it; the route passes it in from the mobilisation. */
export type GoalOption = { code: string; sv: string; en: string; retired?: boolean };

/** A profile whose draft the current person may see, and so may edit. */
export type EditableProfile = Profile & { draft: NonNullable<Profile['draft']> };

export function isEditable(profile: Profile): profile is EditableProfile {
  return profile.draft !== null;
}
