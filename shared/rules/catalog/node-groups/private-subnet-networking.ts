import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const privateSubnetNetworking = defineRule({
  id: 'eksctl.ng-private-subnet-networking',
  severity: 'error',
  area: 'node-groups',
  eksctl: [53],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses private subnet {{subnet}} without private networking; eksctl only allows private subnets when privateNetworking is on.',
      fix: 'Turn on private networking for {{nodeGroup}}, or choose public subnets for it.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はプライベートネットワーキングなしでプライベートサブネット {{subnet}} を使っています。eksctl では privateNetworking が有効な場合にのみプライベートサブネットを使えます。',
      fix: '{{nodeGroup}} のプライベートネットワーキングを有効にするか、パブリックサブネットを選んでください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per node group on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const nodeGroups = index.nodeGroups();
    for (let i = 0; i < nodeGroups.length; i++) {
      const ng = nodeGroups[i]!;
      if (ng.props.privateNetworking) continue;
      const privateOnes = ng.props.subnetIds
        .map((id) => index.get(id, 'subnet'))
        .filter((s) => s !== undefined && s.props.access === 'private');
      if (privateOnes.length === 0) continue;
      findings.push({
        partIds: [ng.id, ...privateOnes.map((s) => s!.id)],
        params: { nodeGroup: ng.name, subnet: privateOnes.map((s) => s!.name).join(', ') },
      });
    }
    return findings;
  },
});
