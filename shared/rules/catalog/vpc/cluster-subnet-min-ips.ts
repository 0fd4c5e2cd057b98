import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { parseCidr, usableSubnetAddresses } from '../../../util/cidr.js';

/** EKS needs at least 6 free addresses in each cluster subnet for its network interfaces and recommends 16. */
const MIN_FREE = 6;
const RECOMMENDED_FREE = 16;

export const clusterSubnetMinIps = defineRule({
  id: 'vpc.cluster-subnet-min-ips',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#cluster-subnets',
  text: {
    en: {
      message:
        'Subnet {{subnet}} ({{cidr}}) of cluster {{cluster}} has {{usable}} usable addresses at most; EKS needs at least 6 free addresses in each cluster subnet for its network interfaces and recommends 16.',
      fix: 'Use a larger subnet (at least /27 for 16 free addresses) so upgrades always find room for the EKS network interfaces.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のサブネット {{subnet}}（{{cidr}}）で使えるアドレスは最大 {{usable}} 個です。EKS はネットワークインターフェイス用に各クラスターサブネットで 6 個以上の空きアドレスを必要とし、16 個以上を推奨しています。',
      fix: 'より大きなサブネット（16 個の空きには /27 以上）を使い、バージョンアップグレード時にも EKS のネットワークインターフェイス用の空きが残るようにしてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
    const vpcs = index.ofKind('vpc');
    for (let k = 0; k < vpcs.length; k++) {
      const vpc = vpcs[k]!;
      const cluster = index.childrenOfKind(vpc, 'cluster')[0];
      if (!cluster) continue;
      const subnets = index.childrenOfKind(vpc, 'subnet');
      for (let i = 0; i < subnets.length; i++) {
        const s = subnets[i]!;
        const cidr = parseCidr(s.props.cidr);
        if (!cidr) continue;
        const usable = usableSubnetAddresses(cidr);
        if (usable >= RECOMMENDED_FREE) continue;
        findings.push({
          partIds: [s.id, cluster.id],
          params: { subnet: s.name, cidr: cidr.text, cluster: cluster.name, usable },
          severity: usable < MIN_FREE ? 'error' : 'warning',
        });
      }
    }
    return findings;
  },
});
