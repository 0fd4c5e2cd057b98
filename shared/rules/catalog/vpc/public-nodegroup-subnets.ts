import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import type { NodeGroupPart } from '../../../model/parts.js';

/** Fields with which a node group picks its own subnets or zones (then other rules check them). */
const OWN_PLACEMENT = ['subnets', 'availabilityZones', 'localZones', 'outpostARN'] as const;

/**
 * A node group without privateNetworking (eksctl's default) and without subnets of its own gets the cluster's
 * public subnets (pkg/cfn/builder/nodegroup.go AssignSubnets). The VPCs eksctl builds always have some, but an
 * existing VPC given private subnets only has none: eksctl then gives the group no subnets at all and its stack
 * fails. eksctl's example 04-existing-vpc.yaml: "if only 'Private' subnets are given, this must be enabled".
 */
export const publicNodegroupSubnets = defineRule({
  id: 'vpc.public-nodegroup-subnets',
  severity: 'error',
  area: 'vpc',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/examples/04-existing-vpc.yaml',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} does not use private networking, so eksctl places it in the public subnets of cluster {{cluster}}, but its existing VPC lists none (only {{subnets}}): the node group gets no subnets and its stack fails. eksctl: "if only \'Private\' subnets are given, this must be enabled".',
      fix: 'Set privateNetworking: true on {{nodeGroup}}, or list public subnets of the VPC under vpc.subnets.public.',
    },
    ja: {
      message:
        "ノードグループ {{nodeGroup}} はプライベートネットワーキングを使わないため、eksctl はクラスター {{cluster}} のパブリックサブネットに配置しますが、既存 VPC にはパブリックサブネットの指定がありません（{{subnets}} のみ）。ノードグループにはサブネットが割り当てられず、スタックの作成に失敗します。eksctl の例: 「if only 'Private' subnets are given, this must be enabled」。",
      fix: '{{nodeGroup}} に privateNetworking: true を設定するか、VPC のパブリックサブネットを vpc.subnets.public に指定してください。',
    },
  },
  check(index) {
    // Indexed loops, not flatMap or for...of: every node group, every validation.
    const findings: Finding[] = [];
    const nodeGroups = index.nodeGroups();
    for (let i = 0; i < nodeGroups.length; i++) {
      const ng = nodeGroups[i]!;
      if (ng.props.privateNetworking || ng.props.subnetIds.length > 0 || picksOwnPlacement(ng)) continue;
      const cluster = index.clusterOf(ng);
      const vpc = cluster && index.vpcOf(cluster);
      // A fully-private cluster refuses public node groups (its own rule); a VPC eksctl builds has public subnets.
      if (!cluster || !vpc || isFullyPrivateCluster(cluster) || !index.isExistingVpc(vpc)) continue;
      const subnets = index.childrenOfKind(vpc, 'subnet');
      let anyPublic = false;
      for (let k = 0; k < subnets.length && !anyPublic; k++) anyPublic = subnets[k]!.props.access === 'public';
      if (anyPublic || subnets.length === 0) continue;
      findings.push({
        partIds: [ng.id, cluster.id],
        params: { nodeGroup: ng.name, cluster: cluster.name, subnets: subnets.map((s) => s.name).join(', ') },
      });
    }
    return findings;
  },
});

function picksOwnPlacement(ng: NodeGroupPart): boolean {
  const extra = ng.props.extra;
  if (!extra) return false;
  for (let i = 0; i < OWN_PLACEMENT.length; i++) {
    const value = extra[OWN_PLACEMENT[i]!];
    if (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) return true;
  }
  return false;
}
