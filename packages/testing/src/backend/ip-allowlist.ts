interface Address {
  version: 4 | 6;
  value: bigint;
}

interface Network extends Address {
  prefix: number;
}

const BITS = { 4: 32, 6: 128 } as const;

/**
 * The canonical form of an allowlist entry, or null when it is neither an IP nor a CIDR: IPv6 in RFC 5952
 * form, a CIDR reduced to its network address, a full-length prefix dropped (`10.0.0.7/32` → `10.0.0.7`).
 */
export function normalizeAllowlistEntry(entry: string): string | null {
  const network = parseNetwork(entry.trim());
  if (!network) return null;
  const address = formatAddress(network);
  return network.prefix === BITS[network.version] ? address : `${address}/${network.prefix}`;
}

/** Whether `clientIp` may use a key with this allowlist (an empty list allows every address, an unknown one none). */
export function isIpAllowed(allowlist: readonly string[], clientIp: string | null): boolean {
  if (allowlist.length === 0) return true;
  const client = clientIp === null ? null : parseAddress(clientIp);
  if (!client) return false;
  return allowlist.some((entry) => {
    const network = parseNetwork(entry);
    return network !== null && ipInNetwork(client, network);
  });
}

function ipInNetwork(address: Address, network: Network): boolean {
  if (address.version !== network.version) return false;
  const shift = BigInt(BITS[network.version] - network.prefix);
  return address.value >> shift === network.value >> shift;
}

function parseNetwork(text: string): Network | null {
  const [addressText, prefixText, ...rest] = text.split('/');
  if (addressText === undefined || rest.length > 0) return null;
  const address = parseAddress(addressText);
  if (!address) return null;
  const bits = BITS[address.version];
  if (prefixText === undefined) return { ...address, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return null;
  const prefix = Number(prefixText);
  const shift = BigInt(bits - prefix);
  return { version: address.version, value: (address.value >> shift) << shift, prefix };
}

/** Parses IPv4 or IPv6 (zone ids dropped); an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) counts as IPv4. */
function parseAddress(text: string): Address | null {
  const ipv4 = parseIpv4(text);
  if (ipv4 !== null) return { version: 4, value: ipv4 };
  const ipv6 = parseIpv6(text.replace(/%[0-9A-Za-z_.-]+$/, ''));
  if (ipv6 === null) return null;
  if (ipv6 >> 32n === 0xffffn) return { version: 4, value: ipv6 & 0xffffffffn };
  return { version: 6, value: ipv6 };
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** The 16-bit groups of one side of `::`, with a trailing dotted IPv4 as two groups. */
function groupsOf(side: string): number[] | null {
  if (side === '') return [];
  const parts = side.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes('.')) {
      const ipv4 = parseIpv4(part);
      if (ipv4 === null) return null;
      groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function formatAddress({ version, value }: Address): string {
  if (version === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - i * 16)) & 0xffffn));
  // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie.
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}
