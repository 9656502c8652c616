import { createHash } from 'node:crypto';
import { notificationCategories, type UnsubscribeScope } from '@kraftsamling/shared';
import { isSignature, signature } from '../auth/tokens';

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
  return `${token.userId}.${token.scope}.${signature(secret, message(token))}`;
}

/** The person and scope of a well-signed token, or null for anything malformed, changed or forged. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeToken | null {
  const parts = shape.exec(token);
  if (!parts) return null;
  const [, userId = '', scope = '', given = ''] = parts;
  if (!scopes.includes(scope)) return null;
  const claimed = { userId, scope: scope as UnsubscribeScope };
  return isSignature(secret, message(claimed), given) ? claimed : null;
}

function message(token: UnsubscribeToken): string {
  return `unsubscribe:${token.userId}:${token.scope}`;
}

/**
 * A contact person's link (decision 036): they have no account, so the organisation and their address stand for
 * them. The address goes in as a hash, so the link does not spell it out wherever it is forwarded or logged.
 */
export type ContactUnsubscribeToken = { organisationId: string; emailKey: string };

const contactShape =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.c\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

/** How a contact person's address is named in a link: the same for any way of writing its letters' case. */
export function contactEmailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 16);
}

export function signContactUnsubscribeToken(
  secret: string,
  contact: { organisationId: string; email: string },
): string {
  const token = { organisationId: contact.organisationId, emailKey: contactEmailKey(contact.email) };
  // Short enough (99 characters) for the router's longest path parameter.
  return `${token.organisationId}.c.${token.emailKey}.${signature(secret, contactMessage(token))}`;
}

/** The organisation and address of a well-signed contact person's token, or null. */
export function verifyContactUnsubscribeToken(secret: string, token: string): ContactUnsubscribeToken | null {
  const parts = contactShape.exec(token);
  if (!parts) return null;
  const [, organisationId = '', emailKey = '', given = ''] = parts;
  const claimed = { organisationId, emailKey };
  return isSignature(secret, contactMessage(claimed), given) ? claimed : null;
}

function contactMessage(token: ContactUnsubscribeToken): string {
  return `unsubscribe-contact:${token.organisationId}:${token.emailKey}`;
}
