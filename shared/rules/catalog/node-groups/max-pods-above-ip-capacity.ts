import { instanceTypeInfo, type InstanceTypeInfo } from '../../../data/instance-types.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';
import { amiFamilyOf, configNodeGroups, isBottlerocket, isWindows, num } from './config-node-groups.js';
import { instanceTypeFields } from './instance-type-unknown.js';
import { prefixDelegationInConfig } from './node-capacity.js';

/**
 * How many pod IPv4 addresses the VPC CNI can give one node: one per secondary address of every ENI
 * (ENIs x (addresses per ENI - 1)), or a /28 prefix (16 addresses) per slot with prefix delegation, plus the
 * two host-network pods the EKS formula counts. Undefined when the instance data does not say.
 */
export function podAddressesPerNode(info: InstanceTypeInfo, prefixDelegation: boolean): number | undefined {
  if (!prefixDelegation) return info.maxPods;
  if (info.maxEnis === undefined || info.ipv4PerEni === undefined) return undefined;
  return info.maxEnis * (info.ipv4PerEni - 1) * 16 + 2;
}

/**
 * A node group's maxPodsPerNode above what the VPC CNI can address on its instance type (IPv4 clusters):
 * eksctl passes it to the kubelet as it is, the scheduler places that many pods, and those beyond the node's
 * addresses stay in ContainerCreating ("failed to assign an IP address to container"). Reads the exported
 * config, so groups carried through an import are checked; IPv6 clusters (an address prefix per node) and
 * Windows groups (their own IP management) are left out.
 */
export const maxPodsAboveIpCapacity = defineConfigRule({
  id: 'ng.max-pods-above-ip-capacity',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html#determine-max-pods',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} sets {{field}} to {{maxPods}}, but the VPC CNI can give a {{instanceType}} node only {{addresses}} pod addresses: the kubelet admits {{maxPods}} pods and those beyond {{addresses}} stay in ContainerCreating ("failed to assign an IP address to container").',
      fix: 'Lower {{field}} to {{addresses}} or less, choose a larger instance type, or (without it yet) turn on prefix delegation in the vpc-cni add-on (ENABLE_PREFIX_DELEGATION).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は {{field}} を {{maxPods}} にしていますが、VPC CNI が {{instanceType}} のノードに割り当てられる Pod のアドレスは {{addresses}} 個だけです。kubelet は {{maxPods}} 個の Pod を受け入れ、{{addresses}} 個を超えた Pod は ContainerCreating のままになります（「failed to assign an IP address to container」）。',
      fix: '{{field}} を {{addresses}} 以下にするか、より大きなインスタンスタイプを選ぶか、（まだなら）vpc-cni アドオンでプレフィックス委任（ENABLE_PREFIX_DELEGATION）を有効にしてください。',
    },
  },
  needs: ['managedNodeGroups[].maxPodsPerNode', 'nodeGroups[].maxPodsPerNode', 'nodeGroups[].kubeletExtraConfig'],
  checkConfig({ config }) {
    if (isIpv6(config)) return [];
    const prefixDelegation = prefixDelegationInConfig(config.addons);
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const [field, maxPods] = maxPodsSetting(g.managed, g.ng);
      if (maxPods === undefined || maxPods <= 0 || isWindows(amiFamilyOf(g.ng))) return [];
      let tightest: { type: string; addresses: number } | undefined;
      for (const { type } of instanceTypeFields(g.list, g.index, g.ng)) {
        const info = instanceTypeInfo(type);
        const addresses = info && podAddressesPerNode(info, prefixDelegation);
        if (addresses !== undefined && (!tightest || addresses < tightest.addresses)) tightest = { type, addresses };
      }
      if (!tightest || maxPods <= tightest.addresses) return [];
      return [
        {
          path: field === 'maxPodsPerNode' ? g.at('maxPodsPerNode') : g.at('kubeletExtraConfig', 'maxPods'),
          params: {
            nodeGroup: g.name,
            field,
            maxPods,
            instanceType: tightest.type,
            addresses: tightest.addresses,
          },
        },
      ];
    });
  },
});

/**
 * Where the group sets the kubelet's maxPods: maxPodsPerNode, or else a self-managed group's kubeletExtraConfig.maxPods
 * (eksctl writes kubeletExtraConfig into the kubelet configuration as it is; Bottlerocket and Windows take none).
 */
function maxPodsSetting(managed: boolean, ng: Record<string, unknown>): [string, number | undefined] {
  const perNode = num(ng['maxPodsPerNode']);
  if (perNode !== undefined && perNode > 0) return ['maxPodsPerNode', perNode];
  const kubelet = ng['kubeletExtraConfig'];
  if (managed || typeof kubelet !== 'object' || kubelet === null || isBottlerocket(amiFamilyOf(ng)))
    return ['maxPodsPerNode', perNode];
  return ['kubeletExtraConfig.maxPods', num((kubelet as Record<string, unknown>)['maxPods'])];
}
