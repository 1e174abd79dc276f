// IPv4/IPv6 parsing, CIDR matching and RFC 5952 text come from ipaddr.js (92 KB installed, no dependencies, the
// parser Express's proxy-addr uses); this file keeps only the allowlist's own rules.
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Network = [Address, number];

/**
 * The canonical form of an allowlist entry, or null when it is neither an IP nor a CIDR: IPv6 in RFC 5952
 * form, a CIDR reduced to its network address, a full-length prefix dropped (`10.0.0.7/32` → `10.0.0.7`).
 */
export function normalizeAllowlistEntry(entry: string): string | null {
  const network = parseNetwork(entry.trim());
  if (!network) return null;
  const [address, prefix] = network;
  const kind = address.kind() === 'ipv4' ? ipaddr.IPv4 : ipaddr.IPv6;
  const mask = kind.subnetMaskFromPrefixLength(prefix).toByteArray();
  const base = ipaddr.fromByteArray(address.toByteArray().map((byte, i) => byte & (mask[i] ?? 0)));
  const text = base.kind() === 'ipv6' ? (base as ipaddr.IPv6).toRFC5952String() : base.toString();
  return prefix === bitsOf(address) ? text : `${text}/${prefix}`;
}

/** Whether `clientIp` may use a key with this allowlist (an empty list allows every address, an unknown one none). */
export function isIpAllowed(allowlist: readonly string[], clientIp: string | null): boolean {
  if (allowlist.length === 0) return true;
  const client = clientIp === null ? null : parseAddress(clientIp);
  if (!client) return false;
  return allowlist.some((entry) => {
    const network = parseNetwork(entry);
    return network !== null && client.kind() === network[0].kind() && client.match(network);
  });
}

function parseNetwork(text: string): Network | null {
  const [addressText = '', prefixText, ...rest] = text.split('/');
  const address = parseAddress(addressText);
  if (!address || rest.length > 0) return null;
  const bits = bitsOf(address);
  if (prefixText === undefined) return [address, bits];
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return null;
  return [address, Number(prefixText)];
}

/**
 * IPv4 only in four-part decimal (ipaddr.js also takes `1.2.3`, hex and octal, which no allowlist means), IPv6
 * with its zone id dropped; an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) counts as IPv4.
 */
function parseAddress(text: string): Address | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!ipaddr.IPv6.isValid(text)) return null;
  const ipv6 = ipaddr.IPv6.parse(text);
  return ipv6.isIPv4MappedAddress() ? ipv6.toIPv4Address() : new ipaddr.IPv6(ipv6.parts);
}

function bitsOf(address: Address): number {
  return address.kind() === 'ipv4' ? 32 : 128;
}
