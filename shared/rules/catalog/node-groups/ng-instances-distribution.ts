import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  arr,
  configNodeGroups,
  EKSCTL_VALIDATION_SOURCE,
  hasInstanceSelector,
  isObj,
  nonEmpty,
  num,
  str,
} from './config-node-groups.js';

/** EC2's SpotAllocationStrategy values, in the SDK's order (eksctl prints them in its message). */
const SPOT_STRATEGIES = [
  'lowest-price',
  'diversified',
  'capacity-optimized',
  'capacity-optimized-prioritized',
  'price-capacity-optimized',
];

/** eksctl-rules.md #58: a self-managed group's instancesDistribution / instanceSelector (validateInstancesDistribution). */
export const ngInstancesDistribution = defineConfigRule({
  id: 'eksctl.ng-instances-distribution',
  severity: 'error',
  area: 'node-groups',
  eksctl: [58],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message:
        'Self-managed node group {{nodeGroup}} has a mixed-instances setting eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'Leave instanceType unset (or "mixed"), list 1 to 20 instance types under instancesDistribution, keep onDemandPercentageAboveBaseCapacity within 0-100 and spotInstancePools within 1-20 (not with capacity-optimized strategies).',
    },
    ja: {
      message:
        'セルフマネージド型ノードグループ {{nodeGroup}} の混合インスタンス設定は {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'instanceType は未設定 (または "mixed") にし、instancesDistribution には 1〜20 個のインスタンスタイプを指定し、onDemandPercentageAboveBaseCapacity は 0〜100、spotInstancePools は 1〜20 (capacity-optimized 系の戦略とは併用不可) にしてください。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      if (g.managed) return [];
      const selector = hasInstanceSelector(g.ng);
      const dist = g.ng['instancesDistribution'];
      if (!isObj(dist) && !selector) return [];
      const type = g.ng['instanceType'];
      if (nonEmpty(type) && type !== 'mixed')
        return g.finding(
          ['instanceType'],
          `instanceType should be "mixed" or unset when using the ${isObj(dist) ? 'instances distribution' : 'instance selector'} feature`,
        );
      if (!isObj(dist)) return [];
      const types = arr(dist['instanceTypes']);
      if (!selector) {
        if (types.length === 0)
          return g.finding(
            ['instancesDistribution', 'instanceTypes'],
            'at least two instance types have to be specified for mixed nodegroups',
          );
        if (new Set(types).size > 20)
          return g.finding(
            ['instancesDistribution', 'instanceTypes'],
            'mixed nodegroups should have between 1 and 20 different instance types',
          );
      }
      const base = num(dist['onDemandBaseCapacity']);
      if (base !== undefined && base < 0)
        return g.finding(['instancesDistribution', 'onDemandBaseCapacity'], 'onDemandBaseCapacity should be 0 or more');
      const percent = num(dist['onDemandPercentageAboveBaseCapacity']);
      if (percent !== undefined && (percent < 0 || percent > 100))
        return g.finding(
          ['instancesDistribution', 'onDemandPercentageAboveBaseCapacity'],
          'percentageAboveBase should be between 0 and 100',
        );
      const pools = num(dist['spotInstancePools']);
      if (pools !== undefined && (pools < 1 || pools > 20))
        return g.finding(['instancesDistribution', 'spotInstancePools'], 'spotInstancePools should be between 1 and 20');
      const strategy = str(dist['spotAllocationStrategy']);
      if (pools !== undefined && (strategy === 'capacity-optimized' || strategy === 'capacity-optimized-prioritized'))
        return g.finding(
          ['instancesDistribution', 'spotInstancePools'],
          `spotInstancePools cannot be specified when also specifying spotAllocationStrategy: ${strategy}`,
        );
      if (dist['spotAllocationStrategy'] != null && !SPOT_STRATEGIES.includes(String(dist['spotAllocationStrategy'])))
        return g.finding(
          ['instancesDistribution', 'spotAllocationStrategy'],
          `spotAllocationStrategy should be one of: [${SPOT_STRATEGIES.join(' ')}]`,
        );
      return [];
    });
  },
});
