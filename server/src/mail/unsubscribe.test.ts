import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe';

const userId = '0b6f3c1e-2d4a-4e8b-9c1f-5a7d9e3b2c10';

describe('unsubscribe links', () => {
  it('verify a token signed with the same secret to its person and scope', () => {
    const token = signUnsubscribeToken('secret-a', { userId, scope: 'interests' });
    expect(verifyUnsubscribeToken('secret-a', token)).toEqual({ userId, scope: 'interests' });
    const all = signUnsubscribeToken('secret-a', { userId, scope: 'all' });
    expect(verifyUnsubscribeToken('secret-a', all)).toEqual({ userId, scope: 'all' });
  });

  it('refuse another secret, another person or scope under the same MAC, and malformed tokens', () => {
    const token = signUnsubscribeToken('secret-a', { userId, scope: 'currency' });
    expect(verifyUnsubscribeToken('secret-b', token)).toBeNull();
    const mac = token.split('.')[2] ?? '';
    expect(verifyUnsubscribeToken('secret-a', `${userId}.interests.${mac}`)).toBeNull();
    const otherUser = `${userId.slice(0, -1)}1`;
    expect(verifyUnsubscribeToken('secret-a', `${otherUser}.currency.${mac}`)).toBeNull();
    for (const bad of [
      '',
      '..',
      `${userId}.currency.`,
      `${userId}.nothing.${mac}`,
      `${token}.x`,
      token.slice(1),
    ]) {
      expect(verifyUnsubscribeToken('secret-a', bad), bad).toBeNull();
    }
  });
});
