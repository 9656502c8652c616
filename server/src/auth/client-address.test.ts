import { describe, expect, it } from 'vitest';
import { clientAddressKey } from './client-address';

describe('the address a limit counts a client under', () => {
  it('is the IPv4 address itself, also when it arrives mapped into IPv6', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 network of an IPv6 address, however the address is written', () => {
    const key = '2001:db8:abcd:12::/64';
    expect(clientAddressKey('2001:db8:abcd:12::1')).toBe(key);
    expect(clientAddressKey('2001:0db8:abcd:0012:ffff:1:2:3')).toBe(key);
    expect(clientAddressKey('2001:db8:abcd:12:9::7%eth0')).toBe(key);
    expect(clientAddressKey('2001:db8:abcd:13::1')).not.toBe(key);
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('keeps anything else as it is', () => {
    expect(clientAddressKey(undefined)).toBe('unknown');
    expect(clientAddressKey('not an address')).toBe('not an address');
  });
});
