/** The subnets a part can be placed in: those of the VPC it sits in, or every subnet when it sits in none. */
import type { Design } from '../../../shared/model/design.js';
import type { Part, PartOf } from '../../../shared/model/parts.js';

export function vpcOf(part: Part, design: Design): Part | undefined {
  const byId = new Map(design.parts.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (let p: Part | undefined = part; p && !seen.has(p.id); p = p.parentId ? byId.get(p.parentId) : undefined) {
    seen.add(p.id);
    if (p.kind === 'vpc') return p;
  }
  return undefined;
}

export function subnetChoices(part: Part, design: Design): PartOf<'subnet'>[] {
  const vpc = vpcOf(part, design);
  const subnets = design.parts.filter((p): p is PartOf<'subnet'> => p.kind === 'subnet');
  const inVpc = vpc ? subnets.filter((s) => s.parentId === vpc.id) : subnets;
  return [...inVpc].sort(
    (a, b) =>
      a.props.availabilityZone.localeCompare(b.props.availabilityZone) ||
      a.props.access.localeCompare(b.props.access) ||
      a.name.localeCompare(b.name),
  );
}
