import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const existingVpcSubnets = defineRule({
  id: 'eksctl.existing-vpc-subnets',
  severity: 'error',
  area: 'vpc',
  eksctl: [16],
  source: 'https://eksctl.io/usage/vpc-configuration/#use-existing-vpc-other-custom-configuration',
  text: {
    en: {
      message:
        'VPC {{vpc}} reuses the existing VPC {{vpcId}} but shows no subnets; eksctl needs the subnets of an existing VPC listed and cannot lay out new ones in it.',
      fix: 'Draw the existing subnets of {{vpcId}} in VPC {{vpc}} (with their subnet ids), at least two private or two public ones in different Availability Zones.',
    },
    ja: {
      message:
        'VPC {{vpc}} は既存の VPC {{vpcId}} を再利用していますが、サブネットがありません。eksctl では既存の VPC のサブネットを指定する必要があり、その中に新しいサブネットを割り当てることはできません。',
      fix: 'VPC {{vpc}} に {{vpcId}} の既存のサブネットを（サブネット ID 付きで）配置してください。異なるアベイラビリティーゾーンのプライベートまたはパブリックのサブネットが 2 つ以上必要です。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      const vpcId = vpc.props.existingVpcId;
      if (vpcId === undefined || !index.subnetsCreatedByEksctl(vpc)) continue;
      const clusters = index.childrenOfKind(vpc, 'cluster');
      if (clusters.length === 0) continue;
      findings.push({ partIds: [vpc.id, ...clusters.map((c) => c.id)], params: { vpc: vpc.name, vpcId } });
    }
    return findings;
  },
});
