import type { Design } from '../../../model/design.js';
import { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import { insertPart } from '../../../editor/commands.js';
import { eksctlVpcLayout } from '../../facts/eksctl-vpc-layout.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

interface MissingSubnet {
  access: 'public' | 'private';
  zone: string;
  /** The CIDR eksctl gives it, when eksctl can split the VPC's CIDR. */
  cidr?: string;
}

/**
 * The subnets eksctl will create in a VPC it creates that the drawing lacks. eksctl gives every zone a
 * public and a private subnet (pkg/vpc/vpc.go SetSubnets) and creates both, with the internet gateway
 * for the public ones and the NAT gateway for the private ones (pkg/cfn/builder/vpc_ipv4.go addResources);
 * only a fully-private cluster's VPC has private subnets alone.
 */
function missingSubnets(index: DesignIndex, vpc: PartOf<'vpc'>): MissingSubnet[] {
  const layout = eksctlVpcLayout(index, vpc);
  if (!layout) return [];
  const { zones, split } = layout;
  const subnets = index.childrenOfKind(vpc, 'subnet');
  const kinds = layout.privateOnly ? (['private'] as const) : (['public', 'private'] as const);
  const out: MissingSubnet[] = [];
  // Indexed loops: every VPC eksctl lays out, on every validation.
  for (let z = 0; z < zones.length; z++)
    for (let k = 0; k < kinds.length; k++) {
      const zone = zones[z]!;
      const access = kinds[k]!;
      if (hasSubnet(subnets, zone, access)) continue;
      const cidr = split.ok ? split.zones.find((z) => z.zone === zone)?.[access] : undefined;
      out.push({ access, zone, ...(cidr ? { cidr } : {}) });
    }
  return out;
}

/** Whether a subnet of `access` is drawn in `zone` (a loop: no closure per zone and kind of every VPC). */
function hasSubnet(subnets: readonly PartOf<'subnet'>[], zone: string, access: 'public' | 'private'): boolean {
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let i = 0; i < subnets.length; i++) {
    const s = subnets[i]!;
    if (s.props.availabilityZone === zone && s.props.access === access) return true;
  }
  return false;
}

const ACCESS_JA = { public: 'パブリック', private: 'プライベート' } as const;
const subnetLabel = (m: MissingSubnet, access: string) => `${access} ${m.zone}${m.cidr ? ` ${m.cidr}` : ''}`;

export const eksctlSubnetsBothKinds = defineRule({
  id: 'vpc.eksctl-subnets-both-kinds',
  severity: 'info',
  area: 'vpc',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/cfn/builder/vpc_ipv4.go',
  text: {
    en: {
      message:
        'VPC {{vpc}} is created by eksctl, which creates a public and a private subnet in every zone it uses (with an internet gateway for the public ones and the NAT gateway of vpc.nat for the private ones): it will also create {{missing}}, which the design does not show.',
      fix: 'Draw the subnets eksctl creates ({{missing}}). For a VPC without them, create the VPC and its subnets first and reuse them by id.',
    },
    ja: {
      message:
        'VPC {{vpc}} は eksctl が作成します。eksctl は使用するすべてのゾーンにパブリックサブネットとプライベートサブネットを 1 つずつ作成します（パブリックサブネットにはインターネットゲートウェイ、プライベートサブネットには vpc.nat の NAT ゲートウェイも作成します）。設計に描かれていない {{missingJa}} も作成されます。',
      fix: 'eksctl が作成するサブネット（{{missingJa}}）を設計に追加してください。これらのサブネットがない VPC にする場合は、先に VPC とサブネットを作成し、ID で再利用してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      const missing = missingSubnets(index, vpc);
      if (missing.length === 0) continue;
      findings.push({
        partIds: [vpc.id],
        params: {
          vpc: vpc.name,
          missing: missing.map((m) => subnetLabel(m, m.access)).join(', '),
          missingJa: missing.map((m) => subnetLabel(m, ACCESS_JA[m.access])).join(', '),
        },
      });
    }
    return findings;
  },
  fix: (design: Design, d) => {
    const index = new DesignIndex(design);
    const vpc = index.get(d.partIds[0] ?? '', 'vpc');
    if (!vpc) return design;
    let out = design;
    for (const m of missingSubnets(index, vpc))
      out = insertPart(out, 'subnet', { parentId: vpc.id, props: { access: m.access, availabilityZone: m.zone } }).design;
    return out;
  },
});
