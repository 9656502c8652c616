import { createHmac, timingSafeEqual } from 'node:crypto';
import { notificationCategories, type UnsubscribeScope } from '@kraftsamling/shared';

export type { UnsubscribeScope };

export type UnsubscribeToken = { userId: string; scope: UnsubscribeScope };

const scopes: readonly string[] = [...notificationCategories, 'all'];
const shape =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z]+)\.([A-Za-z0-9_-]{43})$/;

/**
 * An unsubscribe link's token: the person, the scope and their HMAC under the server's secret. Unlike a confirm
 * link (decision 031) nothing is stored and it does not run out: turning mail off twice is the same as once,
 * and RFC 8058 expects the link in an old mail to keep working. The secret is its own, so a confirm link's MAC
 * is never an unsubscribe link's.
 */
export function signUnsubscribeToken(secret: string, token: UnsubscribeToken): string {
  return `${token.userId}.${token.scope}.${mac(secret, token)}`;
}

/** The person and scope of a well-signed token, or null for anything malformed, changed or forged. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeToken | null {
  const parts = shape.exec(token);
  if (!parts) return null;
  const [, userId = '', scope = '', given = ''] = parts;
  if (!scopes.includes(scope)) return null;
  const claimed = { userId, scope: scope as UnsubscribeScope };
  const expected = Buffer.from(mac(secret, claimed));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return claimed;
}

function mac(secret: string, token: UnsubscribeToken): string {
  return createHmac('sha256', secret)
    .update(`unsubscribe:${token.userId}:${token.scope}`)
    .digest('base64url');
}
