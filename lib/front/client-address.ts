import { BlockList, isIP } from 'node:net';

/** Which peers may tell us the client's address (X-Forwarded-For, X-Forwarded-Proto): none unless configured. */
export type ProxyTrust = { isTrusted(address: string): boolean };

const bare = (address: string) => (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

/** TRUSTED_PROXIES as a trust rule: addresses and CIDR ranges, IPv4 or IPv6; an entry that is neither is an error. */
export function proxyTrust(entries: readonly string[]): ProxyTrust {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    if (!family || (prefix !== undefined && !/^\d+$/.test(prefix))) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    isTrusted(address) {
      const ip = bare(address);
      const family = isIP(ip);
      return family !== 0 && list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * X-Forwarded-For chain is read from the right, past every trusted hop, to the first address that
 * is not one (the leftmost entries are whatever the client chose to send). A header from anyone
 * else is ignored, so rotating it buys an attacker nothing.
 */
export function clientAddress(peer: string, forwarded: string | string[] | undefined, trust: ProxyTrust): string {
  const socket = bare(peer);
  if (!trust.isTrusted(socket) || !forwarded) return socket;
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)
    .split(',')
    .map((h) => bare(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) return socket;
    if (!trust.isTrusted(hops[i])) return hops[i];
  }
  return hops[0] ?? socket;
}
