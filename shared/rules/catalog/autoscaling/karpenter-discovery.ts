import type { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/** Tag Karpenter's EC2NodeClass selects subnets and security groups by, by convention. */
export const DISCOVERY_TAG = 'karpenter.sh/discovery';

/**
 * The private subnets Karpenter cannot find by tag: every one of the cluster's private subnets already exists
 * (eksctl tags only what it creates) and none carries the tag in the design. Undefined when discovery by tag works.
 */
function untaggedExistingSubnets(index: DesignIndex, cluster: PartOf<'cluster'>): PartOf<'subnet'>[] | undefined {
  const vpc = index.vpcOf(cluster);
  if (!vpc) return undefined;
  const existingVpc = vpc.props.existingVpcId !== undefined;
  const privates = index.clusterSubnets(cluster).filter((s) => s.access === 'private');
  const parts = privates.flatMap((s) => (s.part ? [s.part] : []));
  // Any subnet eksctl creates carries the stack's tag; a subnet tagged by the design is found too.
  if (privates.length === 0 || parts.length < privates.length) return undefined;
  if (!parts.every((p) => existingVpc || p.props.existingSubnetId !== undefined)) return undefined;
  if (parts.some((p) => p.props.tags[DISCOVERY_TAG] === cluster.name)) return undefined;
  return parts;
}

/**
 * The ids the generated EC2NodeClass selects Karpenter's subnets by (shared/manifests/karpenter.ts) when it cannot
 * find them by tag and the design knows every id: the cluster's private subnets, which already exist untagged.
 */
export function karpenterSubnetIds(index: DesignIndex, cluster: PartOf<'cluster'>): string[] | undefined {
  const parts = untaggedExistingSubnets(index, cluster);
  if (!parts) return undefined;
  const ids: string[] = [];
  for (const p of parts) {
    if (p.props.existingSubnetId === undefined) return undefined;
    ids.push(p.props.existingSubnetId);
  }
  return ids;
}

/**
 * The exporter tags the cluster's CloudFormation stacks with `karpenter.sh/discovery`, which reaches
 * every subnet eksctl creates. Subnets that already exist get no tag from eksctl: the generated EC2NodeClass
 * selects them by id instead when the design knows their ids, so only subnets of an existing VPC the design
 * names without an id stay unfound, unless the design tags them itself.
 */
export const karpenterDiscovery = defineRule({
  id: 'as.karpenter-discovery',
  // A warning: whether subnets that already exist carry the tag is known only to AWS; the design records tags only
  // when someone wrote them in, so an imported config of a working cluster would otherwise get an error.
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://karpenter.sh/docs/concepts/nodeclasses/',
  text: {
    en: {
      message:
        'Karpenter finds node subnets by the tag karpenter.sh/discovery={{cluster}}, but the private subnets of cluster {{cluster}} ({{subnets}}) already exist, so eksctl cannot tag them, and none carries the tag in this design: unless they are tagged in AWS, Karpenter can launch no node.',
      fix: 'Enter the subnet ID of each private subnet in the design (the generated EC2NodeClass then selects them by ID), or tag them with karpenter.sh/discovery={{cluster}} in AWS and record the tag on the subnets in the design.',
    },
    ja: {
      message:
        'Karpenter はタグ karpenter.sh/discovery={{cluster}} でノード用サブネットを探しますが、クラスター {{cluster}} のプライベートサブネット（{{subnets}}）は既存のもので eksctl がタグを付けられず、この設計ではどれにもタグがありません。AWS 側でタグが付いていなければ、Karpenter はノードを起動できません。',
      fix: '設計の各プライベートサブネットにサブネット ID を入力する（生成される EC2NodeClass が ID で選択します）か、AWS でタグ karpenter.sh/discovery={{cluster}} を付けて設計のサブネットにもそのタグを記録してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (cluster.props.addons.nodeAutoscaler !== 'karpenter') continue;
      const parts = untaggedExistingSubnets(index, cluster);
      // With every id known, the EC2NodeClass selects the subnets by id.
      if (!parts || parts.every((p) => p.props.existingSubnetId !== undefined)) continue;
      findings.push({
        partIds: [cluster.id, ...parts.map((p) => p.id)],
        params: { cluster: cluster.name, subnets: parts.map((p) => p.name).join(', ') },
      });
    }
    return findings;
  },
});
