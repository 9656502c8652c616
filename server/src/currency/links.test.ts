import { describe, expect, it } from 'vitest';
import { signCurrencyToken, verifyCurrencyToken } from './links';

describe('currency confirm links', () => {
  it('verify a token signed with the same secret to the hash that is stored', () => {
    const { token, tokenHash } = signCurrencyToken('secret-a');
    expect(verifyCurrencyToken('secret-a', token)).toBe(tokenHash);
  });

  it('refuse a token signed with another secret, a changed one, and malformed ones', () => {
    const { token } = signCurrencyToken('secret-a');
    expect(verifyCurrencyToken('secret-b', token)).toBeNull();
    const [random = '', mac = ''] = token.split('.');
    const flipped = `${random.slice(0, -1)}${random.endsWith('A') ? 'B' : 'A'}.${mac}`;
    expect(verifyCurrencyToken('secret-a', flipped)).toBeNull();
    for (const bad of ['', '.', 'abc', `${random}.`, `${random}.${mac}.x`, `${random}.${mac.slice(1)}`]) {
      expect(verifyCurrencyToken('secret-a', bad)).toBeNull();
    }
  });
});
