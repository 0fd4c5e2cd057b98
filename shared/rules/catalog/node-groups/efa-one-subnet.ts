import { defineConfigRule } from '../../config-rule.js';
import { configNodeGroups, controlPlaneOutpost } from './config-node-groups.js';

const listed = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * An EFA node group with no zone or subnet of its own lands in one subnet eksctl picks: EFA needs all nodes
 * in one subnet, and eksctl keeps the first of the cluster's (eksctl pkg/vpc/vpc.go SelectNodeGroupSubnets:
 * "EFA requires all nodes be in a single subnet, arbitrarily choosing one"). Which zone the GPUs end up in,
 * and whether the instance type has capacity there, is then chance.
 */
export const efaOneSubnet = defineConfigRule({
  id: 'ng.efa-one-subnet',
  severity: 'info',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} has EFA on and no availabilityZones or subnets, so eksctl puts all its nodes in one subnet of its own choosing ("EFA requires all nodes be in a single subnet, arbitrarily choosing one").',
      fix: 'Give {{nodeGroup}} the one Availability Zone (availabilityZones) or subnet (subnets) where its instance type has capacity.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は EFA が有効で、availabilityZones も subnets もないため、eksctl がすべてのノードを自分で選んだ 1 つのサブネットに置きます（「EFA requires all nodes be in a single subnet, arbitrarily choosing one」）。',
      fix: '{{nodeGroup}} に、インスタンスタイプのキャパシティがあるアベイラビリティーゾーン（availabilityZones）またはサブネット（subnets）を 1 つ指定してください。',
    },
  },
  needs: ['managedNodeGroups[].efaEnabled', 'nodeGroups[].efaEnabled'],
  checkConfig({ config }) {
    // On Outposts there is the one Outpost subnet: nothing is left to chance.
    if (controlPlaneOutpost(config) !== undefined) return [];
    return configNodeGroups(config).flatMap((g) =>
      g.ng['efaEnabled'] === true && !listed(g.ng['availabilityZones']) && !listed(g.ng['subnets'])
        ? [{ path: g.at('efaEnabled'), params: { nodeGroup: g.name } }]
        : [],
    );
  },
});
