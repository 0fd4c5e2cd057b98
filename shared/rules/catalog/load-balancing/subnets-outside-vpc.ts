import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import type { PartOf } from '../../../model/parts.js';

export const lbSubnetsOutsideVpc = defineRule({
  id: 'lb.subnets-outside-vpc',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses subnets {{subnets}} of another VPC; all subnets of a load balancer must be in its own VPC.',
      fix: 'Choose subnets of the VPC that contains {{loadBalancer}}, or move it into that VPC.',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} は別の VPC のサブネット {{subnets}} を使っています。ロードバランサーのサブネットはすべて同じ VPC にある必要があります。',
      fix: '{{loadBalancer}} がある VPC のサブネットを選ぶか、ロードバランサーをその VPC に移してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per load balancer on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const loadBalancers = index.loadBalancers();
    for (let i = 0; i < loadBalancers.length; i++) {
      const lb = loadBalancers[i]!;
      const vpc = index.vpcOf(lb);
      if (!vpc) continue;
      const outside = lb.props.subnetIds
        .map((id) => index.get(id, 'subnet'))
        .filter((s): s is PartOf<'subnet'> => s !== undefined && s.parentId !== vpc.id);
      if (outside.length === 0) continue;
      findings.push({
        partIds: [lb.id, ...outside.map((s) => s.id)],
        params: { loadBalancer: lb.name, subnets: outside.map((s) => s.name).join(', ') },
      });
    }
    return findings;
  },
});
