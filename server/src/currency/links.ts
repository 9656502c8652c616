import { randomBytes } from 'node:crypto';
import { hashToken, isSignature, signature } from '../auth/tokens';

/**
 * A confirm link's token: a random part and its HMAC under the server's secret, `<random>.<mac>`. The
 * database keeps only the hash of the random part (and whether it was used), so neither a copy of the
 * database nor a guess makes a working link, and a forged one is refused before the database is asked.
 */
export function signCurrencyToken(secret: string): { token: string; tokenHash: string } {
  const random = randomBytes(24).toString('base64url');
  return { token: `${random}.${signature(secret, message(random))}`, tokenHash: hashToken(random) };
}

/** Whether the text has a token's shape at all (so nothing else needs the secret to be refused). */
export function looksLikeCurrencyToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{43}$/.test(token);
}

/** The stored hash of a well-signed token, or null for anything malformed or not signed with the secret. */
export function verifyCurrencyToken(secret: string, token: string): string | null {
  if (!looksLikeCurrencyToken(token)) return null;
  const [random = '', given = ''] = token.split('.');
  return isSignature(secret, message(random), given) ? hashToken(random) : null;
}

function message(random: string): string {
  return `currency-confirm:${random}`;
}
