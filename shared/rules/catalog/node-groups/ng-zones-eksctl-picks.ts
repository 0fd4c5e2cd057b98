import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { knownAvailabilityZones } from '../../../data/availability-zones.js';
import { arr, configNodeGroups, nonEmpty, obj } from './config-node-groups.js';

/**
 * How many zones eksctl picks for a VPC it builds when the config names none: two in us-east-1, else three
 * (pkg/az/az.go randomSelectionOfZones, MinRequiredAvailabilityZones / RecommendedAvailabilityZones).
 */
function zonesEksctlPicks(region: string): number {
  return region === 'us-east-1' ? 2 : 3;
}

/** Zones eksctl never picks, by zone id, so by count here (pkg/az/az.go zoneIDsToAvoid). */
const ZONES_EKSCTL_AVOIDS: Readonly<Record<string, number>> = { 'us-east-1': 1, 'us-west-1': 1, 'ca-central-1': 1 };

/** Whether eksctl picks the cluster's zones itself: it builds the VPC and the config names no zones. */
function eksctlPicksZones(config: EksctlClusterConfig): boolean {
  const vpc = obj(config.vpc);
  const subnets = obj(vpc['subnets']);
  const anySubnet = Object.keys(obj(subnets['public'])).length > 0 || Object.keys(obj(subnets['private'])).length > 0;
  return !nonEmpty(vpc['id']) && !anySubnet && arr(config.availabilityZones).length === 0;
}

/**
 * eksctl-rules.md #53 for the zones eksctl picks: a node group's availabilityZones must have subnets of the
 * cluster (pkg/vpc/vpc.go selectNodeGroupZoneSubnets), but a config without availabilityZones leaves them to
 * eksctl, which takes a random few of the region's zones (pkg/az/az.go). A group naming more zones than eksctl
 * picks always fails; one naming some fails whenever eksctl picks others.
 */
export const ngZonesEksctlPicks = defineConfigRule({
  id: 'eksctl.ng-zones-eksctl-picks',
  severity: 'warning',
  area: 'node-groups',
  eksctl: [53],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/az/az.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} asks for zones {{zones}}, but the config names no availabilityZones, so eksctl builds its VPC in {{picks}} zones it picks at random from the {{count}} it uses in {{region}}; unless it picks all of {{zones}}, eksctl refuses the group ("mapping does not have subnet with zone").',
      fix: "Set the cluster's availabilityZones to the zones the node groups need (at least two), or remove availabilityZones from {{nodeGroup}}.",
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はゾーン {{zones}} を指定していますが、設定に availabilityZones がないため、eksctl は {{region}} で使う {{count}} 個のゾーンから無作為に選んだ {{picks}} 個のゾーンに VPC を作成します。{{zones}} がすべて選ばれない限り、eksctl はこのノードグループを拒否します（「mapping does not have subnet with zone」）。',
      fix: 'クラスターの availabilityZones にノードグループが必要とするゾーン（2 つ以上）を指定するか、{{nodeGroup}} から availabilityZones を外してください。',
    },
  },
  needs: ['managedNodeGroups[].availabilityZones', 'nodeGroups[].availabilityZones'],
  checkConfig({ config }) {
    if (!eksctlPicksZones(config)) return [];
    const region = String(config.metadata?.region ?? '');
    const regionZones = knownAvailabilityZones(region);
    const picks = zonesEksctlPicks(region);
    const count = regionZones.length - (ZONES_EKSCTL_AVOIDS[region] ?? 0);
    // With no more zones than eksctl picks, it picks them all (zones the region lacks are other rules' finding).
    if (count <= picks) return [];
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (nonEmpty(g.ng['outpostARN'])) continue;
      const wanted = new Set<string>();
      for (const zone of arr(g.ng['availabilityZones']))
        if (typeof zone === 'string' && regionZones.includes(zone)) wanted.add(zone);
      if (wanted.size === 0) continue;
      out.push({
        path: g.at('availabilityZones'),
        params: { nodeGroup: g.name, zones: [...wanted].join(', '), picks, count, region },
        // More zones than eksctl picks can never all be there.
        ...(wanted.size > picks ? { severity: 'error' as const } : {}),
      });
    }
    return out;
  },
});
