import { describe, expect, it } from 'vitest';
import {
  contactEmailKey,
  signContactUnsubscribeToken,
  signUnsubscribeToken,
  verifyContactUnsubscribeToken,
  verifyUnsubscribeToken,
} from './unsubscribe';

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

  it('name a contact person by organisation and a hash of the address, never the address itself', () => {
    const organisationId = userId;
    const token = signContactUnsubscribeToken('secret-a', { organisationId, email: 'Anna@Exempel.se ' });
    expect(token).not.toContain('anna');
    expect(token.length).toBeLessThanOrEqual(100);
    expect(verifyContactUnsubscribeToken('secret-a', token)).toEqual({
      organisationId,
      emailKey: contactEmailKey('anna@exempel.se'),
    });
    // Neither kind of link passes for the other, nor under another secret, address or organisation.
    expect(verifyUnsubscribeToken('secret-a', token)).toBeNull();
    expect(
      verifyContactUnsubscribeToken('secret-a', signUnsubscribeToken('secret-a', { userId, scope: 'all' })),
    ).toBeNull();
    expect(verifyContactUnsubscribeToken('secret-b', token)).toBeNull();
    const [, , , mac = ''] = token.split('.');
    const other = contactEmailKey('bo@exempel.se');
    expect(verifyContactUnsubscribeToken('secret-a', `${organisationId}.c.${other}.${mac}`)).toBeNull();
    const otherOrg = `${organisationId.slice(0, -1)}1`;
    const key = contactEmailKey('anna@exempel.se');
    expect(verifyContactUnsubscribeToken('secret-a', `${otherOrg}.c.${key}.${mac}`)).toBeNull();
  });
});
