import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const privateSubnetsOnly = defineRule({
  id: 'fargate.private-subnets-only',
  severity: 'error',
  area: 'fargate',
  eksctl: [62],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html',
  text: {
    en: {
      message:
        'Fargate profile {{profile}} uses public subnets ({{subnets}}); Fargate profiles accept only private subnets (no direct route to an internet gateway), and Fargate pods get no public IP.',
      fix: 'Choose private subnets with a NAT gateway or VPC endpoints for egress for {{profile}}.',
    },
    ja: {
      message:
        'Fargate プロファイル {{profile}} はパブリックサブネット（{{subnets}}）を使っています。Fargate プロファイルはプライベートサブネット（インターネットゲートウェイへの直接のルートがないもの）しか受け付けず、Fargate の Pod にはパブリック IP が付きません。',
      fix: '{{profile}} には NAT ゲートウェイまたは VPC エンドポイントで外部に出られるプライベートサブネットを選んでください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per fargate-profile on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const profiles = index.ofKind('fargate-profile');
    for (let i = 0; i < profiles.length; i++) {
      const fp = profiles[i]!;
      const publicOnes = fp.props.subnetIds.map((id) => index.get(id, 'subnet')).filter((s) => s?.props.access === 'public');
      if (publicOnes.length === 0) continue;
      findings.push({
        partIds: [fp.id, ...publicOnes.map((s) => s!.id)],
        params: { profile: fp.name, subnets: publicOnes.map((s) => s!.name).join(', ') },
      });
    }
    return findings;
  },
});
