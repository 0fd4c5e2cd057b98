import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const privateSubnets = defineRule({
  id: 'ng.private-subnets',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/protecting-the-infrastructure.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} places its worker nodes in public subnets, where they are directly exposed to the internet.',
      fix: 'Turn on private networking for {{nodeGroup}} and use private subnets with a NAT gateway or VPC endpoints; keep only load balancers in public subnets.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はワーカーノードをパブリックサブネットに配置しており、インターネットに直接さらされます。',
      fix: '{{nodeGroup}} のプライベートネットワーキングを有効にし、NAT ゲートウェイまたは VPC エンドポイントのあるプライベートサブネットを使ってください。パブリックサブネットにはロードバランサーだけを置きます。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per node group on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const nodeGroups = index.nodeGroups();
    for (let i = 0; i < nodeGroups.length; i++) {
      const ng = nodeGroups[i]!;
      const publicSubnets = index.nodeGroupSubnets(ng).filter((s) => s.access === 'public');
      if (publicSubnets.length === 0) continue;
      findings.push({
        partIds: [ng.id, ...publicSubnets.flatMap((s) => (s.part ? [s.part.id] : []))],
        params: { nodeGroup: ng.name },
      });
    }
    return findings;
  },
});
