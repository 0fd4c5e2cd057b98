import { describe, expect, it } from 'vitest';
import { EKSCTL_REGIONS } from '../rules/catalog/cluster/region-supported.js';
import { availabilityZonesOf } from './availability-zones.js';

describe('availability zones per Region', () => {
  it('names the AZs of a Region from its letters', () => {
    expect(availabilityZonesOf('us-east-1')).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
      'us-east-1d',
      'us-east-1e',
      'us-east-1f',
    ]);
    expect(availabilityZonesOf('ap-northeast-1')).toEqual(['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d']);
    expect(availabilityZonesOf('nowhere-1')).toEqual([]);
  });

  it('knows every commercial, China and GovCloud Region eksctl accepts, with at least two AZs', () => {
    const missing = [...EKSCTL_REGIONS].filter((r) => !/-iso[bfe]?-/.test(r) && availabilityZonesOf(r).length < 2);
    expect(missing).toEqual([]);
  });
});
