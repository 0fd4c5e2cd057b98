/**
 * IPv4 CIDR arithmetic for the rules: parsing, containment, overlap, sizes, RFC 1918.
 * Addresses are unsigned 32-bit numbers.
 */
import { memoByString } from './memo.js';
import { sortSmall } from './sort-small.js';

export interface Ipv4Cidr {
  /** Network address (host bits cleared). */
  readonly network: number;
  readonly prefix: number;
  /** The text as written, e.g. "10.0.0.0/16". */
  readonly text: string;
}

/** Parses a dotted-quad IPv4 address without leading zeros, e.g. "10.0.0.1". */
export function parseIpv4(text: string): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) {
      if (digits === 0 || ++dots > 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      if (digits > 0 && octet === 0) return undefined; // leading zero
      octet = octet * 10 + (code - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return value * 256 + octet;
}

// Rules parse the same few CIDRs many times per validation; a bounded cache makes that free.
const freeze = (c: Ipv4Cidr | undefined) => (c ? Object.freeze(c) : undefined);
const parseExact = memoByString((text) => freeze(parseCidrUncached(text, false)), 20_000);
const parseWithHostBits = memoByString((text) => freeze(parseCidrUncached(text, true)), 20_000);

/** Parses "a.b.c.d/n". Host bits must be zero unless `allowHostBits` (AWS accepts neither for VPCs). */
export function parseCidr(text: string, allowHostBits = false): Ipv4Cidr | undefined {
  return allowHostBits ? parseWithHostBits(text) : parseExact(text);
}

function parseCidrUncached(text: string, allowHostBits: boolean): Ipv4Cidr | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) return undefined;
  const prefixText = trimmed.slice(slash + 1);
  if (!/^\d{1,2}$/.test(prefixText)) return undefined;
  const address = parseIpv4(trimmed.slice(0, slash));
  const prefix = Number(prefixText);
  if (address === undefined || prefix > 32) return undefined;
  const network = (address & maskOf(prefix)) >>> 0;
  if (!allowHostBits && network !== address) return undefined;
  return { network, prefix, text: trimmed };
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function addressCount(c: Ipv4Cidr): number {
  return BLOCK_SIZES[c.prefix] ?? 2 ** (32 - c.prefix);
}

/** Addresses in a block of each prefix length, /0 to /32: the overlap and capacity rules ask for thousands per validation. */
const BLOCK_SIZES: readonly number[] = Array.from({ length: 33 }, (_, prefix) => 2 ** (32 - prefix));

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
  // One template, not map + join over an array: eksctl's split formats every block of every VPC per validation.
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** Splits a CIDR into `2^bits` equal blocks, e.g. a /16 with bits=3 into eight /19s. */
export function splitCidr(c: Ipv4Cidr, bits: number): Ipv4Cidr[] {
  const prefix = c.prefix + bits;
  if (prefix > 32) return [];
  const size = 2 ** (32 - prefix);
  const out: Ipv4Cidr[] = [];
  for (let i = 0, count = 2 ** bits; i < count; i++) {
    const network = c.network + i * size;
    out.push({ network, prefix, text: `${formatIpv4(network)}/${prefix}` });
  }
  return out;
}

const byNetwork = (a: { cidr: Ipv4Cidr }, b: { cidr: Ipv4Cidr }) => a.cidr.network - b.cidr.network;

/** Pairs of overlapping CIDRs among `items`, in O(n log n + k) by sorting on start address. */
export function findOverlaps<T>(items: readonly T[], cidrOf: (item: T) => Ipv4Cidr | undefined): [T, T][] {
  // One loop rather than map + filter: the overlap rules call this for every VPC on every validation.
  const withCidr: { item: T; cidr: Ipv4Cidr }[] = [];
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const cidr = cidrOf(item);
    if (cidr !== undefined) withCidr.push({ item, cidr });
  }
  sortSmall(withCidr, byNetwork);
  const pairs: [T, T][] = [];
  for (let i = 0; i < withCidr.length; i++) {
    const a = withCidr[i]!;
    for (let j = i + 1; j < withCidr.length && withCidr[j]!.cidr.network <= lastAddress(a.cidr); j++) {
      pairs.push([a.item, withCidr[j]!.item]);
    }
  }
  return pairs;
}
