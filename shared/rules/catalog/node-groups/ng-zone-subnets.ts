import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { arr, configNodeGroups, nonEmpty, obj, str } from './config-node-groups.js';

const AZ_NAME = /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/;

/**
 * The zones the cluster has subnets in for one kind of access, when the config says so offline: the keys or
 * `az` of vpc.subnets.<access>, else the cluster's availabilityZones (eksctl builds a subnet of each kind per
 * zone). Undefined when only AWS knows (a subnet given by id alone, or zones eksctl picks itself).
 */
function zonesOf(config: EksctlClusterConfig, access: 'public' | 'private'): Set<string> | undefined {
  const subnets = obj(config.vpc?.subnets);
  if (Object.keys(subnets).length > 0) {
    const zones = new Set<string>();
    for (const [key, value] of Object.entries(obj(subnets[access]))) {
      const az = str(obj(value)['az']) ?? (AZ_NAME.test(key) ? key : undefined);
      if (az === undefined) return undefined;
      zones.add(az);
    }
    return zones;
  }
  if (nonEmpty(config.vpc?.id)) return undefined;
  const azs = arr(config.availabilityZones).filter(nonEmpty);
  return azs.length > 0 ? new Set(azs) : undefined;
}

/**
 * eksctl-rules.md #53: a node group's availabilityZones must each have a cluster subnet of the group's kind
 * (private with privateNetworking, else public); pkg/vpc/vpc.go:selectNodeGroupZoneSubnets.
 */
export const ngZoneSubnets = defineConfigRule({
  id: 'eksctl.ng-zone-subnets',
  severity: 'error',
  area: 'node-groups',
  eksctl: [53],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} asks for zone {{zone}}, but cluster {{cluster}} has no {{access}} subnet there; eksctl refuses it ("mapping does not have subnet with zone "{{zone}}"").',
      fix: 'Remove {{zone}} from the availabilityZones of {{nodeGroup}}, or give the cluster a {{access}} subnet in {{zone}}.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はゾーン {{zone}} を指定していますが、クラスター {{cluster}} にはそこに {{access}} サブネットがありません。eksctl はこれを拒否します (「mapping does not have subnet with zone "{{zone}}"」)。',
      fix: '{{nodeGroup}} の availabilityZones から {{zone}} を外すか、クラスターに {{zone}} の {{access}} サブネットを追加してください。',
    },
  },
  needs: ['managedNodeGroups[].availabilityZones', 'nodeGroups[].availabilityZones'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const wanted = arr(g.ng['availabilityZones']);
      if (wanted.length === 0 || nonEmpty(g.ng['outpostARN'])) return [];
      const access = g.ng['privateNetworking'] === true ? 'private' : 'public';
      const zones = zonesOf(config, access);
      if (zones === undefined) return [];
      const index = wanted.findIndex((z) => typeof z === 'string' && !zones.has(z));
      if (index < 0) return [];
      return [{ path: g.at('availabilityZones', index), params: { nodeGroup: g.name, zone: String(wanted[index]), access } }];
    });
  },
});
