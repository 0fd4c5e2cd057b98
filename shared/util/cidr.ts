/**
 * IPv4 CIDR arithmetic for the rules: parsing, containment, overlap, sizes, RFC 1918.
 * Addresses are unsigned 32-bit numbers.
 */

export interface Ipv4Cidr {
  /** Network address (host bits cleared). */
  network: number;
  prefix: number;
  /** The text as written, e.g. "10.0.0.0/16". */
  text: string;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((acc, p) => ((acc << 8) | Number(p)) >>> 0, 0);
}

/** Parses "a.b.c.d/n". Host bits must be zero unless `allowHostBits` (AWS accepts neither for VPCs). */
export function parseCidr(text: string, allowHostBits = false): Ipv4Cidr | undefined {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const address = parseIpv4(m[1]!);
  const prefix = Number(m[2]);
  if (address === undefined || prefix > 32) return undefined;
  const network = (address & maskOf(prefix)) >>> 0;
  if (!allowHostBits && network !== address) return undefined;
  return { network, prefix, text: text.trim() };
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function addressCount(c: Ipv4Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** Addresses AWS leaves for instances in a subnet: all but the first four and the last. */
export function usableSubnetAddresses(c: Ipv4Cidr): number {
  return Math.max(0, addressCount(c) - 5);
}

export function lastAddress(c: Ipv4Cidr): number {
  return c.network + addressCount(c) - 1;
}

export function cidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return outer.prefix <= inner.prefix && inner.network >= outer.network && lastAddress(inner) <= lastAddress(outer);
}

export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

export const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((t) => parseCidr(t)!);

export function isRfc1918(c: Ipv4Cidr): boolean {
  return RFC1918.some((r) => cidrContains(r, c));
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** Splits a CIDR into `2^bits` equal blocks, e.g. a /16 with bits=3 into eight /19s. */
export function splitCidr(c: Ipv4Cidr, bits: number): Ipv4Cidr[] {
  const prefix = c.prefix + bits;
  if (prefix > 32) return [];
  const size = 2 ** (32 - prefix);
  return Array.from({ length: 2 ** bits }, (_, i) => {
    const network = c.network + i * size;
    return { network, prefix, text: `${formatIpv4(network)}/${prefix}` };
  });
}

/** Pairs of overlapping CIDRs among `items`, in O(n log n + k) by sorting on start address. */
export function findOverlaps<T>(items: readonly T[], cidrOf: (item: T) => Ipv4Cidr | undefined): [T, T][] {
  const withCidr = items
    .map((item) => ({ item, cidr: cidrOf(item) }))
    .filter((x): x is { item: T; cidr: Ipv4Cidr } => x.cidr !== undefined)
    .sort((a, b) => a.cidr.network - b.cidr.network);
  const pairs: [T, T][] = [];
  for (let i = 0; i < withCidr.length; i++) {
    const a = withCidr[i]!;
    for (let j = i + 1; j < withCidr.length && withCidr[j]!.cidr.network <= lastAddress(a.cidr); j++) {
      pairs.push([a.item, withCidr[j]!.item]);
    }
  }
  return pairs;
}
