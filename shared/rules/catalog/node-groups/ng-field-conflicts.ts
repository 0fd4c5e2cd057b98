import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  arr,
  configNodeGroups,
  ADDON_POLICIES,
  EKSCTL_VALIDATION_SOURCE,
  isObj,
  nonEmpty,
  num,
  obj,
} from './config-node-groups.js';

/**
 * eksctl-rules.md #48 (validateNodeGroupBase): maxPodsPerNode not negative; disablePodIMDS without add-on
 * policies; subnets or availabilityZones, not both; a placement names its group; EFA in one subnet or zone.
 */
export const ngFieldConflicts = defineConfigRule({
  id: 'eksctl.ng-field-conflicts',
  severity: 'error',
  area: 'node-groups',
  eksctl: [48],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} combines settings eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'Resolve the conflict at {{path}}: keep one of subnets and availabilityZones, name the placement group, give an EFA group one subnet or zone, drop add-on policies when pods are cut off from IMDS, and keep maxPodsPerNode at 0 or more.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は {{path}} で eksctl に拒否される設定の組み合わせを使っています (「{{eksctlMessage}}」)。',
      fix: '{{path}} の競合を解消してください。subnets と availabilityZones はどちらか一方にし、placement にはグループ名を指定し、EFA のグループはサブネットまたはゾーンを一つにし、Pod の IMDS アクセスを止める場合はアドオンポリシーを外し、maxPodsPerNode は 0 以上にしてください。',
    },
  },
  needs: [
    'managedNodeGroups[].maxPodsPerNode',
    'nodeGroups[].maxPodsPerNode',
    'managedNodeGroups[].disablePodIMDS',
    'nodeGroups[].disablePodIMDS',
    'managedNodeGroups[].subnets',
    'nodeGroups[].subnets',
    'managedNodeGroups[].placement',
    'nodeGroups[].placement',
    'managedNodeGroups[].efaEnabled',
    'nodeGroups[].efaEnabled',
  ],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const ng = g.ng;
      const p = g.label;
      if ((num(ng['maxPodsPerNode']) ?? 0) < 0) return g.finding(['maxPodsPerNode'], `${p}.maxPodsPerNode cannot be negative`);
      if (ng['disablePodIMDS'] === true) {
        const policies = obj(obj(ng['iam'])['withAddonPolicies']);
        const policy = ADDON_POLICIES.find((k) => policies[k] === true);
        if (policy !== undefined)
          return g.finding(
            ['iam', 'withAddonPolicies', policy],
            `${p}.disablePodIMDS and ${p}.iam.withAddonPolicies cannot be set at the same time`,
          );
      }
      const zones = arr(ng['availabilityZones']).length;
      const subnets = arr(ng['subnets']).length;
      if (zones > 0 && subnets > 0)
        return g.finding(['subnets'], `only one of ${p}.subnets or ${p}.availabilityZones should be set`);
      if (isObj(ng['placement']) && !nonEmpty(ng['placement']['groupName']))
        return g.finding(['placement'], `${p}.placement.groupName must be set and non-empty`);
      if (ng['efaEnabled'] === true && (zones > 1 || subnets > 1))
        return g.finding(
          [zones > 1 ? 'availabilityZones' : 'subnets'],
          `${p}.efaEnabled nodegroups must have only one subnet or one availability zone`,
        );
      return [];
    });
  },
});
