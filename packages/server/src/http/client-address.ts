import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';

/** A value of `--trust-proxy` that is not an address or a CIDR block; names the entry. */
export class TrustProxyError extends Error {
  constructor(readonly entry: string) {
    super(`--trust-proxy takes IP addresses and CIDR blocks separated by commas, not "${entry}"`);
    this.name = 'TrustProxyError';
  }
}

/** The longest client address kept as a rate-limit key (a proxy may write anything). */
const MAX_ADDRESS_LENGTH = 64;

/**
 * The reverse proxies (load balancers) this server sits behind, from `--trust-proxy`
 * (`10.0.0.0/8,192.168.1.5,fd00::/8`). Their `X-Forwarded-For` is believed, nobody else's: a client
 * that sends its own header to the server directly is known by its socket address.
 */
export class TrustedProxies {
  static readonly none = new TrustedProxies(new BlockList(), []);

  private constructor(
    private readonly list: BlockList,
    /** The entries as given, for messages. */
    readonly entries: readonly string[],
  ) {}

  /** Parses a comma-separated list of addresses and CIDR blocks (IPv4 or IPv6); empty is none. */
  static parse(text: string): TrustedProxies {
    const entries = text
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (entries.length === 0) return TrustedProxies.none;
    const list = new BlockList();
    for (const entry of entries) {
      const [address = '', prefix, extra] = entry.split('/');
      const family = isIP(address);
      if (family === 0 || extra !== undefined) throw new TrustProxyError(entry);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) {
        list.addAddress(address, type);
        continue;
      }
      const bits = Number(prefix);
      if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128))
        throw new TrustProxyError(entry);
      list.addSubnet(address, bits, type);
    }
    return new TrustedProxies(list, entries);
  }

  /** Whether `address` (as a socket or `X-Forwarded-For` gives it) is one of the proxies. */
  has(address: string): boolean {
    const plain = plainAddress(address);
    const family = isIP(plain);
    if (family === 0) return false;
    return this.list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }

  /**
   * The client behind a request: the socket's peer, unless that peer is a listed proxy; then
   * `X-Forwarded-For` read from the right (each proxy appends the address it was called from),
   * skipping listed proxies, and the first address that is not one is the client. Addresses to
   * its left were written by the client itself or by proxies nobody listed, and are ignored.
   */
  clientOf(peer: string | undefined, forwardedFor: string | undefined): string {
    const socket = peer ? plainAddress(peer) : 'unknown';
    if (!forwardedFor || !this.has(socket)) return socket;
    const hops = forwardedFor
      .split(',')
      .map(plainAddress)
      .filter((hop) => hop !== '');
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!this.has(hops[i]!)) return hops[i]!.slice(0, MAX_ADDRESS_LENGTH);
    }
    // Every hop is a listed proxy: the request started inside, at the left-most of them.
    return hops[0] ?? socket;
  }
}

/**
 * An address without what proxies and sockets add around it: `[::1]:8080` → `::1`,
 * `203.0.113.7:443` → `203.0.113.7`, `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) → `10.0.0.1`.
 */
export function plainAddress(text: string): string {
  let address = text.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) address = withPort[1]!;
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return address;
}

/** The client's address of a request served by @hono/node-server; `local` for `app.request()`. */
export function clientAddress(c: Context, proxies: TrustedProxies): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const incoming = env?.incoming;
  if (!incoming) return 'local';
  return proxies.clientOf(incoming.socket?.remoteAddress, c.req.header('X-Forwarded-For'));
}
