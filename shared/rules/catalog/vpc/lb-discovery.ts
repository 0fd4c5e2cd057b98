/** Load balancer subnet discovery by role tags, as the AWS Load Balancer Controller does it. */
import type { DesignIndex } from '../../../model/design-index.js';
import type { LoadBalancerPart, PartOf } from '../../../model/parts.js';
import type { Design } from '../../../model/design.js';
import { patchProps } from '../../fix-edits.js';
import type { Diagnostic, Finding } from '../../types.js';

export const ROLE_ELB = 'kubernetes.io/role/elb';
export const ROLE_INTERNAL_ELB = 'kubernetes.io/role/internal-elb';

/** The controller reads a role tag as set when its value is "1" or empty. */
export function hasRoleTag(subnet: PartOf<'subnet'>, tag: string): boolean {
  const value = subnet.props.tags[tag];
  return value === '1' || value === '';
}

/**
 * Existing subnets of `access` in the VPC that load balancers of the matching scheme would discover by
 * tag but that lack the role tag, with those load balancers; undefined when there are none of either.
 * Subnets the design creates get their tags on export, so only existing ones (`existingSubnetId`) can miss
 * them; load balancers with explicit subnets do not discover.
 */
export function untaggedDiscoverySubnets(
  index: DesignIndex,
  vpc: PartOf<'vpc'>,
  access: 'public' | 'private',
): { subnets: PartOf<'subnet'>[]; loadBalancers: LoadBalancerPart[]; tag: string } | undefined {
  const tag = access === 'public' ? ROLE_ELB : ROLE_INTERNAL_ELB;
  // Subnets first, in loops: most VPCs have no existing subnet, so the load balancers are rarely needed.
  const subnets: PartOf<'subnet'>[] = [];
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const drawn = index.childrenOfKind(vpc, 'subnet');
  for (let i = 0; i < drawn.length; i++) {
    const s = drawn[i]!;
    if (s.props.access === access && s.props.existingSubnetId !== undefined && !hasRoleTag(s, tag)) subnets.push(s);
  }
  if (subnets.length === 0) return undefined;
  const scheme = access === 'public' ? 'internet-facing' : 'internal';
  const loadBalancers = [...index.childrenOfKind(vpc, 'alb'), ...index.childrenOfKind(vpc, 'nlb')].filter(
    (lb) => lb.props.scheme === scheme && lb.props.subnetIds.length === 0,
  );
  return loadBalancers.length === 0 ? undefined : { subnets, loadBalancers, tag };
}

/** The findings of vpc.lb-tag-public / vpc.lb-tag-private: one per VPC with untagged discoverable subnets. */
export function untaggedDiscoveryFindings(index: DesignIndex, access: 'public' | 'private'): Finding[] {
  return index.ofKind('vpc').flatMap((vpc) => {
    const untagged = untaggedDiscoverySubnets(index, vpc, access);
    if (!untagged) return [];
    const { subnets, loadBalancers, tag } = untagged;
    return [
      {
        partIds: [...subnets.map((s) => s.id), ...loadBalancers.map((lb) => lb.id)],
        params: { subnets: subnets.map((s) => s.name).join(', '), tag, loadBalancer: loadBalancers[0]!.name },
      },
    ];
  });
}

/**
 * The fix of vpc.lb-tag-public / vpc.lb-tag-private: the finding's existing subnets get the role tag
 * (value "1", as the controller's documentation writes it).
 */
export function tagDiscoverySubnets(design: Design, diagnostic: Diagnostic): Design {
  const tag = diagnostic.params['tag'];
  if (tag !== ROLE_ELB && tag !== ROLE_INTERNAL_ELB) return design;
  let out = design;
  for (const id of diagnostic.partIds) {
    const subnet = out.parts.find((p): p is PartOf<'subnet'> => p.id === id && p.kind === 'subnet');
    out = patchProps(out, subnet, (props) =>
      props.existingSubnetId === undefined || props.tags[tag] === '1' ? props : { ...props, tags: { ...props.tags, [tag]: '1' } },
    );
  }
  return out;
}
