import { defineRule } from '../../define.js';
import { parseCidr, usableSubnetAddresses } from '../../../util/cidr.js';
import type { Finding } from '../../types.js';
import { lbSubnets } from './lb-support.js';

const MIN_FREE = 8;

export const subnetFreeIps = defineRule({
  id: 'lb.subnet-free-ips',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/alb-ingress.html',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses subnet {{subnet}} ({{cidr}}), which has only {{free}} usable IP addresses; load balancer subnets need at least 8 free IPs and the controller skips smaller ones.',
      fix: 'Use a larger subnet for {{loadBalancer}} (ELB recommends at least a /27).',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} のサブネット {{subnet}}（{{cidr}}）で使える IP アドレスは {{free}} 個だけです。ロードバランサーのサブネットには 8 個以上の空き IP が必要で、コントローラーはそれより小さいサブネットを除外します。',
      fix: '{{loadBalancer}} にはより大きなサブネット（ELB の推奨は /27 以上）を使ってください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    // Load balancers share subnets: size each subnet once.
    const freeBySubnet = new Map<string, number | undefined>();
    // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
    const loadBalancers = index.loadBalancers();
    for (let i = 0; i < loadBalancers.length; i++) {
      const lb = loadBalancers[i]!;
      for (const s of lbSubnets(index, lb) ?? []) {
        if (!s.part) continue;
        let free = freeBySubnet.get(s.part.id);
        if (!freeBySubnet.has(s.part.id)) {
          const cidr = parseCidr(s.cidr);
          free = cidr ? usableSubnetAddresses(cidr) : undefined;
          freeBySubnet.set(s.part.id, free);
        }
        if (free !== undefined && free < MIN_FREE) {
          findings.push({
            partIds: [lb.id, s.part.id],
            params: { loadBalancer: lb.name, subnet: s.part.name, cidr: s.cidr, free },
          });
        }
      }
    }
    return findings;
  },
});
