/** The one-line key facts drawn on a part (instance type and sizes, CIDR, AZ, scheme...). */
import type { Part } from '../../shared/model/parts.js';

export function keyFacts(part: Part): string[] {
  switch (part.kind) {
    case 'vpc':
      return [part.props.cidr, part.props.existingVpcId ?? `NAT ${part.props.natGateway}`];
    case 'subnet':
      return [`${part.props.access} · ${part.props.availabilityZone}`, part.props.cidr];
    case 'cluster':
      return [`v${part.props.version} · ${part.props.region}`];
    case 'managed-node-group':
    case 'self-managed-node-group':
      return [
        `${part.props.instanceTypes.join(', ')}${part.props.capacityType === 'SPOT' ? ' · Spot' : ''}`,
        `min ${part.props.minSize} / desired ${part.props.desiredCapacity} / max ${part.props.maxSize}`,
      ];
    case 'fargate-profile':
      return [part.props.selectors.map((s) => s.namespace).join(', ') || '—'];
    case 'alb':
    case 'nlb':
      return [`${part.props.scheme} · ${part.props.targetType}`];
    case 'ecr':
      return [part.props.repositoryName];
    case 'cloud-map':
      return [`${part.props.namespaceName} · ${part.props.namespaceType}`];
    case 'api-gateway':
      return [`${part.props.apiType} API`];
    case 'on-prem-network':
      return [part.props.remoteNodeCidrs.join(', '), `${part.props.hybridNodeCount} hybrid nodes · ${part.props.connection}`];
    case 'workload':
      return [`${part.props.workloadKind} · ${part.props.namespace}`, `${part.props.replicas} replicas`];
  }
}
