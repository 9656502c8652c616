import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, invitation and reset links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes of tokens are stored, so a copy of the database cannot be used to sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The HMAC-SHA256 of `message` under `secret`, URL-safe: what a signed link carries beside what it names. */
export function signature(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** Whether `given` is `message`'s signature, compared in constant time so a forger learns nothing from timing. */
export function isSignature(secret: string, message: string, given: string): boolean {
  const expected = Buffer.from(signature(secret, message));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
