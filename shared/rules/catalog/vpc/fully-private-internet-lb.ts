/** eksctl's fully-private VPC has no public subnets or internet gateway: no internet-facing load balancer. */
import { defineRule } from '../../define.js';
import { findingPart, patchProps } from '../../fix-edits.js';
import { EKSCTL_PRIVATE_VPC_SOURCE as SOURCE, privateVpcs } from '../../facts/private-vpc.js';

export const fullyPrivateInternetLb = defineRule({
  id: 'network.fully-private-internet-lb',
  severity: 'error',
  area: 'vpc',
  source: SOURCE,
  text: {
    en: {
      message:
        'Load balancer {{lb}} is internet-facing, but cluster {{cluster}} is fully private in a VPC eksctl builds, which has no public subnets and no internet gateway: the AWS Load Balancer Controller cannot create it.',
      fix: 'Make {{lb}} internal, or turn off fully private for {{cluster}}, or use an existing VPC with public subnets and an internet gateway.',
    },
    ja: {
      message:
        'ロードバランサー {{lb}} はインターネット向けですが、クラスター {{cluster}} は eksctl が作成する VPC 内の完全プライベートクラスターで、パブリックサブネットもインターネットゲートウェイもありません。AWS Load Balancer Controller はこれを作成できません。',
      fix: '{{lb}} を内部向け (internal) にするか、{{cluster}} の完全プライベートを無効にするか、パブリックサブネットとインターネットゲートウェイを持つ既存の VPC を使ってください。',
    },
  },
  check(index) {
    const clusters = privateVpcs(index);
    if (clusters.length === 0) return [];
    return index.loadBalancers().flatMap((lb) => {
      if (lb.props.scheme !== 'internet-facing') return [];
      // The load balancer's cluster: the one whose VPC holds it, else the cluster of a workload it routes to.
      const vpc = index.vpcOf(lb);
      const routed = index
        .connectionsFrom(lb)
        .map((c) => index.get(c.to))
        .flatMap((p) => (p ? [index.clusterOf(p)] : []));
      const hit = clusters.find(
        ({ cluster, vpc: v }) => (vpc !== undefined && v.id === vpc.id) || routed.some((c) => c?.id === cluster.id),
      );
      return hit ? [{ partIds: [lb.id, hit.cluster.id], params: { lb: lb.name || lb.id, cluster: hit.cluster.name } }] : [];
    });
  },
  fix: (design, d) => {
    const lb = findingPart(design, d, 'alb') ?? findingPart(design, d, 'nlb');
    return patchProps(design, lb, (props) => (props.scheme === 'internal' ? props : { ...props, scheme: 'internal' }));
  },
});
