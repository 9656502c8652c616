import type { Db } from '@kraftsamling/db';
import type { NotificationKind } from '@kraftsamling/shared';

/**
 * Whether a person wants mail about this kind of notice. The one place reminders (and later every notice
 * mail) ask: there are no per-person notification settings yet (issue 15 point 4), so everyone does; that
 * feature answers here from the person's settings, and every caller follows.
 */
export async function wantsMail(_db: Db, _userId: string, _kind: NotificationKind): Promise<boolean> {
  return true;
}
