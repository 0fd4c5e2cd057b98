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
    // A loop, not flatMap: no callback or empty array per load balancer on every validation.
    const findings: Finding[] = [];
    for (const lb of index.loadBalancers()) {
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
