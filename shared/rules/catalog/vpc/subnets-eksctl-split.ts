import type { Design } from '../../../model/design.js';
import { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import { eksctlVpcLayout } from '../../facts/eksctl-vpc-layout.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/**
 * The CIDR eksctl gives each drawn subnet of a VPC it creates (by the subnet's part id), for the VPCs whose
 * drawn subnets say something else. eksctl takes no subnet CIDRs for a VPC it creates: the exporter writes
 * the zones and eksctl splits vpc.cidr itself (model/eksctl-subnet-split.ts).
 */
function eksctlCidrs(index: DesignIndex, vpc: PartOf<'vpc'>): Map<string, string> | undefined {
  const layout = eksctlVpcLayout(index, vpc);
  if (!layout) return undefined;
  const { split, privateOnly } = layout;
  // A CIDR eksctl refuses to split is eksctl.vpc-cidr-prefix's (or vpc.cidr-format's) to report.
  if (!split.ok) return undefined;
  // eksctl's fully-private VPC has no public subnets (privateOnly): network.fully-private-vpc-public reports drawn ones.
  const out = new Map<string, string>();
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const subnets = index.childrenOfKind(vpc, 'subnet');
  for (let k = 0; k < subnets.length; k++) {
    const s = subnets[k]!;
    if (privateOnly && s.props.access === 'public') continue;
    // A loop, not find: no closure per subnet of every VPC on every validation.
    for (let i = 0; i < split.zones.length; i++) {
      const zone = split.zones[i]!;
      if (zone.zone !== s.props.availabilityZone) continue;
      out.set(s.id, zone[s.props.access]);
      break;
    }
  }
  return out;
}

const ACCESS_JA = { public: 'パブリック', private: 'プライベート' } as const;
const label = (s: PartOf<'subnet'>) => `${s.name || s.id} (${s.props.cidr || '—'})`;

export const subnetsEksctlSplit = defineRule({
  id: 'vpc.subnets-eksctl-split',
  severity: 'warning',
  area: 'vpc',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/vpc/vpc.go',
  text: {
    en: {
      message:
        'VPC {{vpc}} is created by eksctl, which lays out its subnets itself and takes no subnet CIDRs (eksctl feature request #1807): it will create {{eksctl}} instead of the drawn {{drawn}}.',
      fix: 'Set the drawn subnets to the CIDRs eksctl gives them ({{eksctl}}); for a layout of your own, create the VPC and subnets first and reuse them by id.',
    },
    ja: {
      message:
        'VPC {{vpc}} は eksctl が作成します。eksctl はサブネットを自分で割り当て、サブネットの CIDR を指定できません（eksctl の機能要望 #1807）。設計の {{drawn}} ではなく {{eksctlJa}} を作成します。',
      fix: '設計のサブネットを eksctl が割り当てる CIDR（{{eksctlJa}}）にしてください。独自の構成にする場合は、先に VPC とサブネットを作成し、ID で再利用してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      const cidrs = eksctlCidrs(index, vpc);
      if (!cidrs) continue;
      const differ: PartOf<'subnet'>[] = [];
      const subnets = index.childrenOfKind(vpc, 'subnet');
      for (let i = 0; i < subnets.length; i++) {
        const s = subnets[i]!;
        const eksctl = cidrs.get(s.id);
        if (eksctl !== undefined && eksctl !== s.props.cidr) differ.push(s);
      }
      if (differ.length === 0) continue;
      findings.push({
        partIds: [vpc.id, ...differ.map((s) => s.id)],
        params: {
          vpc: vpc.name,
          drawn: differ.map(label).join(', '),
          eksctl: differ.map((s) => `${s.props.access} ${s.props.availabilityZone} ${cidrs.get(s.id)!}`).join(', '),
          eksctlJa: differ.map((s) => `${ACCESS_JA[s.props.access]} ${s.props.availabilityZone} ${cidrs.get(s.id)!}`).join(', '),
        },
      });
    }
    return findings;
  },
  fix: (design: Design, d) => {
    const index = new DesignIndex(design);
    const vpc = index.get(d.partIds[0] ?? '', 'vpc');
    const cidrs = vpc ? eksctlCidrs(index, vpc) : undefined;
    const differ = (p: Design['parts'][number]) => p.kind === 'subnet' && cidrs?.has(p.id) && cidrs.get(p.id) !== p.props.cidr;
    if (!cidrs || !design.parts.some(differ)) return design;
    return {
      ...design,
      parts: design.parts.map((p) =>
        p.kind === 'subnet' && differ(p) ? { ...p, props: { ...p.props, cidr: cidrs.get(p.id)! } } : p,
      ),
    };
  },
});
