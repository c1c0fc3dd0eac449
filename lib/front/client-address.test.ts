import { describe, expect, test } from 'vitest';
import { clientAddress, proxyTrust } from './client-address';

describe('clientAddress', () => {
  const none = proxyTrust([]);
  const proxy = proxyTrust(['10.0.0.0/8', '::1']);

  test.each([
    ['an untrusted peer: its own address, whatever the header says', '203.0.113.5', '198.51.100.1', none, '203.0.113.5'],
    ['a rotating header from the internet buys nothing', '203.0.113.5', '1.2.3.4, 5.6.7.8', none, '203.0.113.5'],
    ['IPv4-mapped peers read as IPv4', '::ffff:203.0.113.5', undefined, none, '203.0.113.5'],
    ['a trusted proxy: the client it saw', '10.1.2.3', '198.51.100.7', proxy, '198.51.100.7'],
    ['a trusted proxy that appends: the rightmost untrusted hop', '10.1.2.3', 'spoofed-by-client, 198.51.100.7, 10.9.9.9', proxy, '198.51.100.7'],
    ['a trusted proxy with no header: the proxy', '10.1.2.3', undefined, proxy, '10.1.2.3'],
    ['garbage from a trusted proxy: the proxy', '10.1.2.3', 'not-an-ip', proxy, '10.1.2.3'],
    ['IPv6 loopback configured', '::1', '2001:db8::5', proxy, '2001:db8::5'],
  ] as const)('%s', (_, peer, header, trust, want) => {
    expect(clientAddress(peer, header, trust)).toBe(want);
  });

  test('a bad TRUSTED_PROXIES entry is refused by name', () => {
    expect(() => proxyTrust(['10.0.0.0/x'])).toThrow(/10\.0\.0\.0\/x/);
    expect(() => proxyTrust(['localhost'])).toThrow(/localhost/);
  });
});
