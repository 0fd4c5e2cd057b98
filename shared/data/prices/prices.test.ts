/**
 * The price table against its promises: every instance type the palette offers has a price in every
 * Region, and every row pricing.md does not list is confidence C and says so.
 */
import { describe, expect, it } from 'vitest';
import { EKS_CONTROL_PLANE_PRICES } from '../eks-control-plane-prices.js';
import { INSTANCE_TYPES } from '../instance-types.js';
import { NOT_IN_REFERENCE, PRICE_TABLE } from './index.js';

/** Rows added beyond pricing.md; the report lists these. */
const UNLISTED_INSTANCES = [
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

describe.each(Object.values(PRICE_TABLE))('prices of $region', (prices) => {
  it('price every palette instance type', () => {
    for (const { type } of INSTANCE_TYPES) expect(prices.instances[type]?.price, type).toBeGreaterThan(0);
  });

  it('mark exactly the rows pricing.md lacks as C with the note', () => {
    const rows = [...Object.entries(prices.services), ...Object.entries(prices.instances)];
    const unlisted = rows.filter(([, r]) => r.note === NOT_IN_REFERENCE).map(([k]) => k);
    expect(unlisted.sort()).toEqual([...UNLISTED_INSTANCES, 'apiGatewayHttpMillion', 'apiGatewayRestMillion'].sort());
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
