import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { nodeGroupsOfCluster } from '../../facts/compute.js';
import { privateClusterEnabled } from './lb-support.js';
import { eksctlNatMode } from '../../../model/cluster-network.js';

export const privateClusterLbc = defineRule({
  id: 'lb.private-cluster-lbc',
  severity: 'warning',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs the AWS Load Balancer Controller without internet egress; the controller then needs enable-shield, enable-waf and enable-wafv2 set to false, and cannot discover ACM certificates from Ingress hosts.',
      fix: 'Set those controller flags to false and give certificate ARNs explicitly in the Ingress annotations.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はインターネットへの出口なしで AWS Load Balancer Controller を実行します。この場合 enable-shield、enable-waf、enable-wafv2 を false にする必要があり、Ingress のホストから ACM 証明書を自動検出できません。',
      fix: 'これらのコントローラーフラグを false にし、Ingress のアノテーションで証明書の ARN を明示してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (!cluster.props.addons.awsLoadBalancerController) continue;
      const vpc = index.vpcOf(cluster);
      // An eksctl-built VPC without NAT leaves private nodes no way out (an IPv6 cluster's always has one); an
      // existing VPC's routing is unknown.
      const noNat =
        vpc !== undefined &&
        !index.isExistingVpc(vpc) &&
        (eksctlNatMode(cluster, vpc) === 'Disable' || !vpc.props.internetGateway) &&
        nodeGroupsOfCluster(index, cluster).every((ng) => ng.props.privateNetworking);
      if (!privateClusterEnabled(cluster) && !noNat) continue;
      findings.push({ partIds: [cluster.id], params: { cluster: cluster.name } });
    }
    return findings;
  },
});
