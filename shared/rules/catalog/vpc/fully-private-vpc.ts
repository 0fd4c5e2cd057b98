/**
 * What eksctl's own fully-private VPC does not have: eksctl builds private subnets only, with no NAT gateway,
 * no internet gateway and no routes to on-premises networks (pkg/cfn/builder/vpc_ipv4.go returns after the
 * private subnets when privateCluster.enabled). A design that draws those things next to a fully-private
 * cluster would export a file whose cluster lacks them, so each is an error here, not a silent drop.
 */
import { defineRule } from '../../define.js';
import { findingPart, patchProps } from '../../fix-edits.js';
import { eksctlBuildsPrivateVpc } from '../../../model/cluster-network.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';

const SOURCE = 'https://github.com/eksctl-io/eksctl/blob/main/pkg/cfn/builder/vpc_ipv4.go';

/** Fully-private clusters whose VPC eksctl builds, with that VPC part. */
function privateVpcs(index: DesignIndex): { cluster: PartOf<'cluster'>; vpc: PartOf<'vpc'> }[] {
  return index.ofKind('cluster').flatMap((cluster) => {
    const vpc = index.vpcOf(cluster);
    return vpc && eksctlBuildsPrivateVpc(cluster, vpc) ? [{ cluster, vpc }] : [];
  });
}

export const fullyPrivateVpcPublicSubnets = defineRule({
  id: 'network.fully-private-vpc-public',
  severity: 'error',
  area: 'vpc',
  source: SOURCE,
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and eksctl builds VPC {{vpc}}, which then has private subnets only; the public subnet {{subnet}} would not be created.',
      fix: 'Remove the public subnet {{subnet}}, or turn off fully private for {{cluster}}, or use an existing VPC that has it.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートで、VPC {{vpc}} は eksctl が作成するため、プライベートサブネットしか持ちません。パブリックサブネット {{subnet}} は作成されません。',
      fix: 'パブリックサブネット {{subnet}} を削除するか、{{cluster}} の完全プライベートを無効にするか、それを持つ既存の VPC を使ってください。',
    },
  },
  check(index) {
    return privateVpcs(index).flatMap(({ cluster, vpc }) =>
      index
        .childrenOfKind(vpc, 'subnet')
        .filter((s) => s.props.access === 'public' && !s.props.existingSubnetId)
        .map((s) => ({ partIds: [s.id, cluster.id], params: { cluster: cluster.name, vpc: vpc.name, subnet: s.name || s.id } })),
    );
  },
});

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

export const fullyPrivateVpcHybrid = defineRule({
  id: 'network.fully-private-vpc-hybrid',
  severity: 'error',
  area: 'vpc',
  source: SOURCE,
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and eksctl builds VPC {{vpc}}, so eksctl adds no gateway attachment and no routes to the on-premises network {{network}}; its hybrid nodes cannot reach the cluster.',
      fix: 'Use an existing VPC with the gateway and routes to {{network}} in place, or turn off fully private for {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートで VPC {{vpc}} は eksctl が作成するため、eksctl はオンプレミスネットワーク {{network}} へのゲートウェイのアタッチもルートも追加しません。ハイブリッドノードはクラスターに到達できません。',
      fix: '{{network}} へのゲートウェイとルートが設定済みの既存 VPC を使うか、{{cluster}} の完全プライベートを無効にしてください。',
    },
  },
  check(index) {
    return privateVpcs(index).flatMap(({ cluster, vpc }) =>
      index.sourcesOf(vpc, 'on-prem-network').map((n) => ({
        partIds: [n.id, cluster.id, vpc.id],
        params: { cluster: cluster.name, vpc: vpc.name, network: n.name || n.id },
      })),
    );
  },
});
