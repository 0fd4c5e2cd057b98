/**
 * The price table against its promises: every instance type the palette offers has a price in every
 * Region, and every row pricing.md does not list is confidence C and says so.
 */
import { describe, expect, it } from 'vitest';
import { EKS_CONTROL_PLANE_PRICES } from '../eks-control-plane-prices.js';
import { instanceTypes } from '../instance-types.js';
import { NOT_IN_REFERENCE, PRICE_TABLE } from './index.js';

/** Tokyo rows added beyond pricing.md (us-east-1 takes every EC2 row from the instance catalog). */
const UNLISTED_INSTANCES: Record<string, string[]> = { 'us-east-1': [] };
UNLISTED_INSTANCES['ap-northeast-1'] = [
  't3.large',
  'm5.xlarge',
  'm6i.xlarge',
  'm6i.2xlarge',
  'm7i.large',
  'c6i.xlarge',
  'c6i.2xlarge',
  'r6i.xlarge',
  'm6g.large',
  'm7g.large',
  'c7g.large',
  'g4dn.xlarge',
  'g5.2xlarge',
  'g5.12xlarge',
];

/** The types the Tokyo table is dated for (the former palette). */
const TOKYO_TYPES = [
  ...UNLISTED_INSTANCES['ap-northeast-1']!,
  't3.medium',
  'm5.large',
  'm6i.large',
  'c6i.large',
  'r6i.large',
  'g5.xlarge',
  'p3.2xlarge',
];

describe('us-east-1 instance prices', () => {
  it('price every catalog type that has a us-east-1 price, at the catalog price', () => {
    const prices = PRICE_TABLE['us-east-1']!;
    let priced = 0;
    for (const i of instanceTypes()) {
      if (i.usdPerHourUsEast1 === undefined) expect(prices.instances[i.type], i.type).toBeUndefined();
      else {
        expect(prices.instances[i.type]?.price, i.type).toBe(i.usdPerHourUsEast1);
        priced++;
      }
    }
    expect(priced).toBe(1101);
  });
});

describe.each(Object.values(PRICE_TABLE))('prices of $region', (prices) => {
  it('price every type of the dated table', () => {
    for (const type of TOKYO_TYPES) expect(prices.instances[type]?.price, type).toBeGreaterThan(0);
  });

  it('mark exactly the rows pricing.md lacks as C with the note', () => {
    const rows = [...Object.entries(prices.services), ...Object.entries(prices.instances)];
    const unlisted = rows.filter(([, r]) => r.note === NOT_IN_REFERENCE).map(([k]) => k);
    expect(unlisted.sort()).toEqual(
      [
        ...UNLISTED_INSTANCES[prices.region]!,
        'apiGatewayHttpMillion',
        'apiGatewayRestMillion',
        'ebsGp3GbMonth',
        'efsStandardGbMonth',
      ].sort(),
    );
    for (const [, r] of rows) if (r.note === NOT_IN_REFERENCE) expect(r.confidence).toBe('C');
  });

  it('take the control plane from the one global rate the rules use', () => {
    expect(prices.services.controlPlaneStandardHour.price).toBe(EKS_CONTROL_PLANE_PRICES.standardPerClusterHour);
    expect(prices.services.controlPlaneExtendedHour.price).toBe(EKS_CONTROL_PLANE_PRICES.extendedPerClusterHour);
  });

  it('have a date, a source and only positive prices', () => {
    expect(prices.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(prices.source).not.toBe('');
    for (const r of [...Object.values(prices.services), ...Object.values(prices.instances)]) {
      expect(r.price).toBeGreaterThan(0);
      expect(r.source).not.toBe('');
    }
  });
});
