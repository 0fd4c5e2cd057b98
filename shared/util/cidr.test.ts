import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressCount,
  cidrContains,
  cidrsOverlap,
  findOverlaps,
  formatIpv4,
  isRfc1918,
  parseCidr,
  splitCidr,
  usableSubnetAddresses,
} from './cidr.js';

const c = (t: string) => parseCidr(t)!;

describe('IPv4 CIDR arithmetic', () => {
  it('parses valid CIDRs and refuses malformed ones or set host bits', () => {
    expect(c('10.0.0.0/16')).toMatchObject({ prefix: 16, network: 0x0a000000 });
    for (const bad of ['10.0.0.0', '10.0.0/16', '256.0.0.0/8', '10.0.0.0/33', '10.0.0.1/16', 'a.b.c.d/8', '01.0.0.0/8']) {
      expect(parseCidr(bad), bad).toBeUndefined();
    }
    expect(parseCidr('10.0.0.1/16', true)?.network).toBe(0x0a000000);
  });

  it('counts addresses the way AWS does', () => {
    expect(addressCount(c('10.0.0.0/24'))).toBe(256);
    expect(usableSubnetAddresses(c('10.0.0.0/28'))).toBe(11);
  });

  it('knows containment and overlap', () => {
    expect(cidrContains(c('10.0.0.0/16'), c('10.0.32.0/19'))).toBe(true);
    expect(cidrContains(c('10.0.0.0/16'), c('10.1.0.0/19'))).toBe(false);
    expect(cidrsOverlap(c('10.0.0.0/19'), c('10.0.16.0/20'))).toBe(true);
    expect(cidrsOverlap(c('10.0.0.0/19'), c('10.0.32.0/19'))).toBe(false);
  });

  it('recognises RFC 1918 ranges', () => {
    expect(isRfc1918(c('172.16.0.0/12'))).toBe(true);
    expect(isRfc1918(c('172.32.0.0/16'))).toBe(false);
    expect(isRfc1918(c('100.64.0.0/16'))).toBe(false);
  });

  it('splits into equal, contiguous, non-overlapping blocks', () => {
    expect(splitCidr(c('10.0.0.0/16'), 3).map((b) => b.text)).toEqual(
      [0, 32, 64, 96, 128, 160, 192, 224].map((o) => `10.0.${o}.0/19`),
    );
  });

  it('finds exactly the overlapping pairs (property: same answer as the quadratic check)', () => {
    const cidrArb = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 20, max: 28 })).map(([third, prefix]) => {
      const parsed = parseCidr(`10.0.${third}.0/${prefix}`, true)!;
      return parseCidr(`${formatIpv4(parsed.network)}/${prefix}`)!;
    });
    fc.assert(
      fc.property(fc.array(cidrArb, { maxLength: 30 }), (cidrs) => {
        const fast = findOverlaps(cidrs, (x) => x).length;
        let slow = 0;
        for (let i = 0; i < cidrs.length; i++)
          for (let j = i + 1; j < cidrs.length; j++) if (cidrsOverlap(cidrs[i]!, cidrs[j]!)) slow++;
        expect(fast).toBe(slow);
      }),
    );
  });
});
