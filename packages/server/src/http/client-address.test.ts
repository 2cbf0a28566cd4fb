import { describe, expect, it } from 'vitest';
import { plainAddress, TrustedProxies, TrustProxyError } from './client-address.js';

describe('--trust-proxy parsing', () => {
  it('takes addresses and CIDR blocks, IPv4 and IPv6, separated by commas', () => {
    const proxies = TrustedProxies.parse(' 10.0.0.0/8, 192.168.1.5 ,fd00::/8,::1');
    expect(proxies.entries).toEqual(['10.0.0.0/8', '192.168.1.5', 'fd00::/8', '::1']);
    expect(proxies.has('10.200.3.4')).toBe(true);
    expect(proxies.has('11.0.0.1')).toBe(false);
    expect(proxies.has('192.168.1.5')).toBe(true);
    expect(proxies.has('192.168.1.6')).toBe(false);
    expect(proxies.has('fd12:3456::1')).toBe(true);
    expect(proxies.has('::1')).toBe(true);
    expect(proxies.has('2001:db8::1')).toBe(false);
  });

  it('matches an IPv4 proxy seen on an IPv6 socket (::ffff:…) and with a port', () => {
    const proxies = TrustedProxies.parse('127.0.0.1');
    expect(proxies.has('::ffff:127.0.0.1')).toBe(true);
    expect(proxies.has('127.0.0.1:5000')).toBe(true);
    expect(proxies.has('not an address')).toBe(false);
  });

  it('is none when empty', () => {
    expect(TrustedProxies.parse('')).toBe(TrustedProxies.none);
    expect(TrustedProxies.parse(' , ')).toBe(TrustedProxies.none);
  });

  it.each(['localhost', '10.0.0.0/33', 'fd00::/129', '10.0.0.1/8/1', '10.0.0.0/', '10.0.0.0/x'])(
    'refuses "%s", naming it',
    (entry) => {
      expect(() => TrustedProxies.parse(`127.0.0.1,${entry}`)).toThrow(TrustProxyError);
      expect(() => TrustedProxies.parse(entry)).toThrow(`not "${entry}"`);
    },
  );
});

describe('the client behind a request', () => {
  const proxies = TrustedProxies.parse('10.0.0.0/8,127.0.0.1');

  it('is the socket address without the option, whatever X-Forwarded-For says', () => {
    expect(TrustedProxies.none.clientOf('10.1.1.1', '203.0.113.7')).toBe('10.1.1.1');
    expect(TrustedProxies.none.clientOf('::ffff:198.51.100.2', undefined)).toBe('198.51.100.2');
    expect(TrustedProxies.none.clientOf(undefined, undefined)).toBe('unknown');
  });

  it('ignores a spoofed X-Forwarded-For from a peer that is not a listed proxy', () => {
    expect(proxies.clientOf('198.51.100.9', '10.0.0.5, 203.0.113.7')).toBe('198.51.100.9');
    expect(proxies.clientOf('::ffff:198.51.100.9', '203.0.113.7')).toBe('198.51.100.9');
  });

  it('believes a listed proxy: the address it appended is the client', () => {
    expect(proxies.clientOf('127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(proxies.clientOf('::ffff:127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(proxies.clientOf('127.0.0.1', undefined)).toBe('127.0.0.1');
  });

  it('ignores what the client wrote itself to the left of what the proxy appended', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended its peer, 203.0.113.7.
    expect(proxies.clientOf('127.0.0.1', '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
    // Even when the client claims to be a listed proxy.
    expect(proxies.clientOf('127.0.0.1', '1.2.3.4, 10.9.9.9, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('walks a chain of listed proxies from the right to the first address that is not one', () => {
    // client → edge proxy 10.0.0.2 → balancer 10.0.0.3 → this server (peer 10.0.0.3)
    expect(proxies.clientOf('10.0.0.3', '203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
    expect(proxies.clientOf('10.0.0.3', '203.0.113.7,10.0.0.2 , 10.0.0.1')).toBe('203.0.113.7');
    // An unlisted proxy in the chain is where belief stops: it is the client as far as we know.
    expect(proxies.clientOf('10.0.0.3', '203.0.113.7, 192.0.2.50, 10.0.0.2')).toBe('192.0.2.50');
  });

  it('takes the left-most hop when every hop is a listed proxy', () => {
    expect(proxies.clientOf('10.0.0.3', '10.0.0.9, 10.0.0.2')).toBe('10.0.0.9');
  });

  it('reads addresses with ports and brackets as proxies write them', () => {
    expect(proxies.clientOf('10.0.0.3', '203.0.113.7:51234')).toBe('203.0.113.7');
    expect(proxies.clientOf('10.0.0.3', '[2001:db8::7]:443')).toBe('2001:db8::7');
    expect(proxies.clientOf('10.0.0.3', 'unknown')).toBe('unknown');
    expect(proxies.clientOf('10.0.0.3', 'x'.repeat(500))).toHaveLength(64);
  });
});

describe('plainAddress', () => {
  it.each([
    ['[::1]:8080', '::1'],
    ['203.0.113.7:443', '203.0.113.7'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    [' 2001:DB8::1 ', '2001:db8::1'],
    ['198.51.100.1', '198.51.100.1'],
  ])('%s → %s', (given, plain) => {
    expect(plainAddress(given)).toBe(plain);
  });
});
