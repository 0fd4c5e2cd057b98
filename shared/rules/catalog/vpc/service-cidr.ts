import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { cidrsOverlap, isRfc1918, parseCidr } from '../../../util/cidr.js';
import { clusterVpcCidrs, vpcCidrKnown } from '../../facts/network.js';

export const serviceCidr = defineRule({
  id: 'vpc.service-cidr',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/create-cluster.html',
  text: {
    en: {
      message:
        'The Kubernetes service CIDR {{cidr}} of cluster {{cluster}} is not allowed: it must be an RFC 1918 range between /24 and /12 that does not overlap the VPC ({{vpcCidr}}).',
      fix: 'Pick a non-overlapping RFC 1918 range such as 10.100.0.0/16 or 172.20.0.0/16 (the EKS defaults), or leave it empty. It can only be set when the cluster is created.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes サービス CIDR {{cidr}} は使用できません。/24〜/12 の RFC 1918 の範囲で、VPC（{{vpcCidr}}）と重ならない必要があります。',
      fix: '10.100.0.0/16 や 172.20.0.0/16（EKS のデフォルト値）など重ならない RFC 1918 の範囲を選ぶか、空にしてください。この値はクラスター作成時にしか設定できません。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (cluster.props.serviceIpv4Cidr === '' || cluster.props.ipFamily !== 'IPv4') continue;
      const cidr = parseCidr(cluster.props.serviceIpv4Cidr);
      if (!cidr) continue; // eksctl.cidr-format reports text that is no CIDR
      const vpc = index.vpcOf(cluster);
      const vpcCidrs = vpc && !vpcCidrKnown(index, vpc) ? [] : clusterVpcCidrs(index, cluster);
      const ok = isRfc1918(cidr) && cidr.prefix >= 12 && cidr.prefix <= 24 && !vpcCidrs.some((v) => cidrsOverlap(v, cidr));
      if (ok) continue;
      findings.push({
        partIds: vpc ? [cluster.id, vpc.id] : [cluster.id],
        params: { cluster: cluster.name, cidr: cidr.text, vpcCidr: vpcCidrs.map((c) => c.text).join(', ') },
      });
    }
    return findings;
  },
});
