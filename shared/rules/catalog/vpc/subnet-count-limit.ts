import { defineConfigRule } from '../../config-rule.js';
import { hasAnySubnets, stringList } from '../../facts/config-network.js';

/**
 * eksctl-rules.md #13: a VPC eksctl lays out gets a public and a private subnet per zone, at most 16 in all
 * (pkg/vpc/vpc.go:getSubnetNetworkSize). Without availabilityZones eksctl picks 3 zones itself (2 in us-east-1
 * or in a two-zone Region: pkg/az/az.go), so 2 is counted for them, the least it picks.
 */
const LEAST_PICKED_ZONES = 2;
export const subnetCountLimit = defineConfigRule({
  id: 'eksctl.subnet-count-limit',
  severity: 'error',
  area: 'vpc',
  eksctl: [13],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} asks eksctl to lay out its VPC in {{zones}} zones, two subnets each; eksctl refuses it ("cannot create more than 16 subnets, {{requested}} requested").',
      fix: 'List at most 8 zones in availabilityZones and localZones of {{cluster}} together (3 is usual), or give the subnets yourself under vpc.subnets.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は eksctl に {{zones}} 個のゾーン（各 2 サブネット）で VPC を作らせようとしています。eksctl はこれを拒否します（「cannot create more than 16 subnets, {{requested}} requested」）。',
      fix: '{{cluster}} の availabilityZones と localZones は合わせて 8 個以内にする（通常は 3 個）か、サブネットを vpc.subnets で自分で指定してください。',
    },
  },
  needs: ['availabilityZones', 'localZones'],
  checkConfig({ config }) {
    if (hasAnySubnets(config)) return [];
    const given = stringList(config.availabilityZones).length;
    const zones = (given > 0 ? given : LEAST_PICKED_ZONES) + stringList(config.localZones).length;
    if (zones * 2 <= 16) return [];
    const path = given > 0 ? ['availabilityZones'] : ['localZones'];
    return [{ path, params: { zones, requested: zones * 2 } }];
  },
});
