import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { controlPlaneOnOutposts } from '../../facts/outposts.js';

export const subnetCount = defineRule({
  id: 'eksctl.subnet-count',
  severity: 'error',
  area: 'vpc',
  eksctl: [16],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/vpc.go',
  text: {
    en: {
      message:
        'VPC {{vpc}} has {{public}} public and {{private}} private subnets; eksctl needs none or at least two of each kind ("insufficient number of subnets").',
      fix: 'Add a second subnet of the kind that has only one, in another Availability Zone, or remove the single one.',
    },
    ja: {
      message:
        'VPC {{vpc}} のサブネットはパブリック {{public}} 個、プライベート {{private}} 個です。eksctl では各種類とも 0 個か 2 個以上である必要があります（「insufficient number of subnets」）。',
      fix: '1 個しかない種類のサブネットを別のアベイラビリティーゾーンにもう 1 つ追加するか、その 1 個を削除してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      const subnets = index.childrenOfKind(vpc, 'subnet');
      const clusters = index.childrenOfKind(vpc, 'cluster');
      if (subnets.length === 0 || clusters.length === 0) continue;
      // eksctl skips the count for a control plane on Outposts, which lives in one subnet of one zone.
      if (clusters.every((c) => controlPlaneOnOutposts(index, c.id) === true)) continue;
      // Counted first: the lists are needed only for a VPC with a single subnet of a kind.
      let publicCount = 0;
      for (const s of subnets) if (s.props.access === 'public') publicCount++;
      if (publicCount !== 1 && subnets.length - publicCount !== 1) continue;
      const pub = subnets.filter((s) => s.props.access === 'public');
      const priv = subnets.filter((s) => s.props.access === 'private');
      const single = [...(pub.length === 1 ? pub : []), ...(priv.length === 1 ? priv : [])];
      findings.push({
        partIds: [...single.map((s) => s.id), vpc.id],
        params: { vpc: vpc.name, public: pub.length, private: priv.length },
      });
    }
    return findings;
  },
});
