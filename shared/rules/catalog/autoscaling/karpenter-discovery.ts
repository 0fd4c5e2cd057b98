import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/** Tag Karpenter's EC2NodeClass selects subnets and security groups by, by convention. */
export const DISCOVERY_TAG = 'karpenter.sh/discovery';

/**
 * The exporter tags the cluster's CloudFormation stacks with `karpenter.sh/discovery`, which reaches
 * every subnet eksctl creates. Subnets that already exist get no tag from eksctl, so Karpenter finds
 * them only if the design tags them itself.
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
      fix: 'Tag the private subnets (and the node security group) with karpenter.sh/discovery={{cluster}} and record the tag on the subnets in the design, or select them by ID in the EC2NodeClass.',
    },
    ja: {
      message:
        'Karpenter はタグ karpenter.sh/discovery={{cluster}} でノード用サブネットを探しますが、クラスター {{cluster}} のプライベートサブネット（{{subnets}}）は既存のもので eksctl がタグを付けられず、この設計ではどれにもタグがありません。AWS 側でタグが付いていなければ、Karpenter はノードを起動できません。',
      fix: 'プライベートサブネット（とノードのセキュリティグループ）にタグ karpenter.sh/discovery={{cluster}} を付けて設計のサブネットにもそのタグを記録するか、EC2NodeClass で ID を指定して選択してください。',
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
      const vpc = index.vpcOf(cluster);
      if (!vpc) continue;
      const existingVpc = vpc.props.existingVpcId !== undefined;
      const privates = index.clusterSubnets(cluster).filter((s) => s.access === 'private');
      const parts = privates.flatMap((s) => (s.part ? [s.part] : []));
      // Any subnet eksctl creates carries the stack's tag; a subnet tagged by the design is found too.
      if (privates.length === 0 || parts.length < privates.length) continue;
      if (!parts.every((p) => existingVpc || p.props.existingSubnetId !== undefined)) continue;
      if (parts.some((p) => p.props.tags[DISCOVERY_TAG] === cluster.name)) continue;
      findings.push({
        partIds: [cluster.id, ...parts.map((p) => p.id)],
        params: { cluster: cluster.name, subnets: parts.map((p) => p.name).join(', ') },
      });
    }
    return findings;
  },
});
