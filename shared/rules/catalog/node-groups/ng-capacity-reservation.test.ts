import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngCapacityReservation as rule } from './ng-capacity-reservation.js';

describe(rule.id, () => {
  it('flags preference with target, an unknown preference, ID with group ARN, and market options alone or of another type', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    capacityReservation:\n      capacityReservationPreference: open\n      capacityReservationTarget:\n        capacityReservationID: cr-0123456789abcdef0\n' +
      '  - name: b\n    capacityReservation:\n      capacityReservationPreference: capacity-reservations-only\n' +
      '  - name: c\n    capacityReservation:\n      capacityReservationTarget:\n        capacityReservationID: cr-0123456789abcdef0\n        capacityReservationResourceGroupARN: arn:aws:resource-groups:us-west-2:111122223333:group/crs\n' +
      '  - name: d\n    instanceMarketOptions:\n      marketType: capacity-block\n' +
      '  - name: e\n    capacityReservation:\n      capacityReservationTarget:\n        capacityReservationID: cr-0123456789abcdef0\n    instanceMarketOptions:\n      marketType: spot\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'nodeGroups[0].capacityReservation',
        'only one of CapacityReservationPreference or CapacityReservationTarget may be specified at a time',
      ],
      [
        'nodeGroups[1].capacityReservation.capacityReservationPreference',
        'accepted values include "open" and "none"; got "capacity-reservations-only"',
      ],
      [
        'nodeGroups[2].capacityReservation.capacityReservationTarget',
        'only one of CapacityReservationID or CapacityReservationResourceGroupARN may be specified at a time',
      ],
      ['nodeGroups[3].instanceMarketOptions', 'instanceMarketOptions cannot be set without capacityReservation'],
      ['nodeGroups[4].instanceMarketOptions.marketType', 'only accepted value is "capacity-block"; got "spot"'],
    ]);
  });

  it('passes a capacity block with its reservation', () => {
    const yaml =
      'managedNodeGroups:\n  - name: e\n    capacityReservation:\n      capacityReservationTarget:\n        capacityReservationID: cr-0123456789abcdef0\n    instanceMarketOptions:\n      marketType: capacity-block\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
