import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told, so a client cannot choose its own address', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toEqual([]);
  });

  it('reads a list of proxy addresses, ranges and named ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 172.16.0.0/12,::1,fd00::/8 , loopback' }).trustProxy).toEqual(
      ['10.0.0.5', '172.16.0.0/12', '::1', 'fd00::/8', 'loopback'],
    );
  });

  it.each(['true', '2', 'proxy.example.se', '10.0.0.0/33', '10.0.0.1/8/1'])(
    'refuses %s with a message naming the variable',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: must list the reverse proxies/);
    },
  );
});
