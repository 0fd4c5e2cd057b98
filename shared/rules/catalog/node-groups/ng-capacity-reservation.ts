import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, EKSCTL_VALIDATION_SOURCE, isObj } from './config-node-groups.js';

/** eksctl-rules.md #52: capacityReservation and instanceMarketOptions (validateNodeGroupBase). */
export const ngCapacityReservation = defineConfigRule({
  id: 'eksctl.ng-capacity-reservation',
  severity: 'error',
  area: 'node-groups',
  eksctl: [52],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} has a capacity reservation eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'Use either capacityReservationPreference (open or none) or capacityReservationTarget with one of capacityReservationID and capacityReservationResourceGroupARN; instanceMarketOptions (marketType: capacity-block) needs a capacityReservation.',
    },
    ja: {
      message: 'ノードグループ {{nodeGroup}} のキャパシティ予約は {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'capacityReservationPreference (open または none) か、capacityReservationID と capacityReservationResourceGroupARN のどちらか一方を持つ capacityReservationTarget のどちらかを使ってください。instanceMarketOptions (marketType: capacity-block) には capacityReservation が必要です。',
    },
  },
  needs: [
    'managedNodeGroups[].capacityReservation',
    'nodeGroups[].capacityReservation',
    'managedNodeGroups[].instanceMarketOptions',
    'nodeGroups[].instanceMarketOptions',
  ],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const reservation = g.ng['capacityReservation'];
      const market = g.ng['instanceMarketOptions'];
      if (!isObj(reservation))
        return isObj(market)
          ? g.finding(['instanceMarketOptions'], 'instanceMarketOptions cannot be set without capacityReservation')
          : [];
      const preference = reservation['capacityReservationPreference'];
      const target = reservation['capacityReservationTarget'];
      if (preference !== undefined && preference !== null) {
        if (target !== undefined && target !== null)
          return g.finding(
            ['capacityReservation'],
            'only one of CapacityReservationPreference or CapacityReservationTarget may be specified at a time',
          );
        if (preference !== 'open' && preference !== 'none')
          return g.finding(
            ['capacityReservation', 'capacityReservationPreference'],
            `accepted values include "open" and "none"; got "${String(preference)}"`,
          );
      }
      if (isObj(target) && target['capacityReservationID'] != null && target['capacityReservationResourceGroupARN'] != null)
        return g.finding(
          ['capacityReservation', 'capacityReservationTarget'],
          'only one of CapacityReservationID or CapacityReservationResourceGroupARN may be specified at a time',
        );
      const marketType = isObj(market) ? market['marketType'] : undefined;
      if (marketType !== undefined && marketType !== null && marketType !== 'capacity-block')
        return g.finding(
          ['instanceMarketOptions', 'marketType'],
          `only accepted value is "capacity-block"; got "${String(marketType)}"`,
        );
      return [];
    });
  },
});
