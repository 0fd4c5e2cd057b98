import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, hasInstanceSelector, isObj, nonEmpty, obj } from './config-node-groups.js';

/** eksctl's instance type for a group that names none (api.DefaultNodeType). */
const DEFAULT_NODE_TYPE = 'm5.large';
/** Sizes EC2 gives no EFA on any family: EFA comes with the large sizes (8xlarge and up, hpc7g from 4xlarge). */
const SMALL_SIZES = new Set(['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge']);

/**
 * Whether EC2 certainly reports EfaSupported false for `type`. Which types have EFA is an EC2 lookup this app
 * cannot make offline (the list grows with every family), so only what holds for every family is used: no
 * burstable type and no size up to 2xlarge has one.
 */
function lacksEfa(type: string): boolean {
  const dot = type.indexOf('.');
  if (dot <= 0) return false;
  return /^t\d/.test(type) || SMALL_SIZES.has(type.slice(dot + 1));
}

/**
 * The instance types eksctl asks EC2 about for an EFA group: InstanceTypeList() (a managed group's instanceTypes,
 * else its instanceType; a self-managed group's instancesDistribution types, else its instanceType), with
 * eksctl's default type for a group that names none, no instance selector and no launch template.
 */
function instanceTypes(ng: Record<string, unknown>, managed: boolean): unknown[] {
  const list = managed ? arr(ng['instanceTypes']) : arr(obj(ng['instancesDistribution'])['instanceTypes']);
  if (list.length > 0) return list;
  if (nonEmpty(ng['instanceType'])) return [ng['instanceType']];
  return hasInstanceSelector(ng) || isObj(ng['launchTemplate']) ? [] : [DEFAULT_NODE_TYPE];
}

/**
 * eksctl pkg/cfn/builder/network_interfaces.go buildNetworkInterfaces: for an EFA group eksctl describes its
 * instance types and stops at the first without EFA ("instance type %s does not support EFA"), while it builds
 * the node group's stack.
 */
export const efaInstanceType = defineConfigRule({
  id: 'eksctl.ng-efa-instance-type',
  severity: 'error',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/cfn/builder/network_interfaces.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} turns on EFA (efaEnabled) for instance type {{instanceType}}, which has no Elastic Fabric Adapter; eksctl refuses it while it builds the node group ("instance type {{instanceType}} does not support EFA").',
      fix: 'Give {{nodeGroup}} instance types with EFA (the large sizes of network-optimised, HPC and accelerated families, e.g. c5n.18xlarge, hpc7g.16xlarge, p5.48xlarge; see "Supported instance types" in the EC2 EFA guide), or turn efaEnabled off.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はインスタンスタイプ {{instanceType}} で EFA (efaEnabled) を有効にしていますが、このタイプには Elastic Fabric Adapter がありません。eksctl はノードグループの作成中にこれを拒否します (「instance type {{instanceType}} does not support EFA」)。',
      fix: '{{nodeGroup}} には EFA のあるインスタンスタイプ (ネットワーク最適化、HPC、アクセラレーテッドの各ファミリーの大きなサイズ。例: c5n.18xlarge、hpc7g.16xlarge、p5.48xlarge。EC2 の EFA ガイドの「Supported instance types」を参照) を指定するか、efaEnabled をオフにしてください。',
    },
  },
  needs: ['managedNodeGroups[].efaEnabled', 'nodeGroups[].efaEnabled'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (const g of configNodeGroups(config)) {
      if (g.ng['efaEnabled'] !== true) continue;
      const missing = instanceTypes(g.ng, g.managed).find((t): t is string => typeof t === 'string' && lacksEfa(t));
      if (missing) out.push({ path: g.at('efaEnabled'), params: { nodeGroup: g.name, instanceType: missing } });
    }
    return out;
  },
});
