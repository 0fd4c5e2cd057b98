import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { lbSubnets } from './lb-support.js';

export const albTwoAzs = defineRule({
  id: 'lb.alb-two-azs',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html',
  text: {
    en: {
      message:
        'ALB {{loadBalancer}} has {{subnets}} subnet(s) in {{zones}} Availability Zone(s); an Application Load Balancer needs subnets in at least two AZs, one subnet per AZ.',
      fix: 'Give {{loadBalancer}} (or tag) one subnet in each of at least two Availability Zones.',
    },
    ja: {
      message:
        'ALB {{loadBalancer}} のサブネットは {{subnets}} 個で、アベイラビリティーゾーンは {{zones}} 個です。アプリケーションロードバランサー（ALB）には 2 つ以上のアベイラビリティーゾーンに、ゾーンごとに 1 つのサブネットが必要です。',
      fix: '{{loadBalancer}} に 2 つ以上のアベイラビリティーゾーンでそれぞれ 1 つのサブネットを指定（またはタグ付け）してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per alb on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const albs = index.ofKind('alb');
    for (let i = 0; i < albs.length; i++) {
      const alb = albs[i]!;
      const subnets = lbSubnets(index, alb);
      // An internet-facing ALB with no public subnet at all is lb.internet-facing-needs-public's finding.
      if (!subnets || (subnets.length === 0 && alb.props.scheme === 'internet-facing')) continue;
      const zones = new Set(subnets.map((s) => s.availabilityZone)).size;
      // Discovered subnets are picked one per AZ by the controller, so only a hand-picked list can repeat a zone.
      const repeated = alb.props.subnetIds.length > 0 && subnets.length > zones;
      if (zones >= 2 && !repeated) continue;
      findings.push({
        partIds: [alb.id, ...subnets.flatMap((s) => (s.part ? [s.part.id] : []))],
        params: { loadBalancer: alb.name, subnets: subnets.length, zones },
      });
    }
    return findings;
  },
});
