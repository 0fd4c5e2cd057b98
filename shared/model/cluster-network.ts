import type { PartOf } from './parts.js';

/**
 * Whether a cluster is an eksctl fully-private cluster (`privateCluster.enabled`). It is the cluster's own
 * setting (`props.fullyPrivate`), never inferred from the endpoint or NAT choices. The exporter, the rules and
 * the cost estimate all ask this one function.
 */
export function isFullyPrivateCluster(cluster: PartOf<'cluster'>): boolean {
  return cluster.props.fullyPrivate === true;
}

/**
 * Whether eksctl lays out the VPC of a fully-private cluster itself: its VPC then has private subnets only,
 * no NAT gateway, no internet gateway and no routes to on-premises networks (eksctl pkg/cfn/builder/vpc_ipv4.go
 * returns before adding them). A cluster drawn without a VPC part gets such a VPC too.
 */
export function eksctlBuildsPrivateVpc(
  cluster: PartOf<'cluster'>,
  vpc: PartOf<'vpc'> | undefined,
  subnets: readonly PartOf<'subnet'>[],
): boolean {
  return isFullyPrivateCluster(cluster) && !(vpc && isExistingVpc(vpc, subnets));
}

/**
 * Whether `vpc` (with its drawn `subnets`) is one that exists already, so eksctl builds no VPC, subnets, NAT
 * gateway or internet gateway for it: it has an id, or a subnet of it does. A config that lists subnets by id
 * without `vpc.id` is a documented way to use an existing VPC: eksctl sees subnets (HasAnySubnets), looks them
 * up and takes the VPC from them (createOrImportVPC -> ImportSubnetsFromSpec, pkg/ctl/create/cluster.go).
 */
export function isExistingVpc(vpc: PartOf<'vpc'>, subnets: readonly PartOf<'subnet'>[]): boolean {
  if (vpc.props.existingVpcId) return true;
  for (let i = 0; i < subnets.length; i++) if (subnets[i]!.props.existingSubnetId) return true;
  return false;
}

/**
 * The rule by which designs saved before the setting existed were exported as fully private: a private-only
 * API endpoint in a VPC eksctl creates whose NAT gateways are switched off. Only the migration to schema
 * version 2 uses it, so such designs keep exporting `privateCluster.enabled`.
 */
export function wasInferredFullyPrivate(
  endpointPublic: boolean,
  vpc: { natGateway?: unknown; existingVpcId?: unknown } | undefined,
): boolean {
  return !endpointPublic && vpc !== undefined && !vpc.existingVpcId && vpc.natGateway === 'Disable';
}

/**
 * VPC endpoint services eksctl creates for every fully-private cluster (`EndpointServices` that are neither
 * optional nor Outposts-only in eksctl pkg/apis/eksctl.io/v1alpha5/endpoint_service.go); s3 is a gateway
 * endpoint, the others interface endpoints. eksctl creates them in a VPC it builds and in an existing one,
 * unless `privateCluster.skipEndpointCreation` is set.
 */
export const EKSCTL_PRIVATE_ENDPOINTS = ['ec2', 'ecr.api', 'ecr.dkr', 's3', 'sts'] as const;

/** The optional services `privateCluster.additionalEndpointServices` accepts (eksctl ValidateAdditionalEndpointServices). */
export const EKSCTL_ADDITIONAL_ENDPOINT_SERVICES = ['cloudformation', 'autoscaling', 'logs'] as const;

/** The endpoint services eksctl does not offer as a gateway endpoint are interface endpoints, priced per AZ-hour. */
export function isInterfaceEndpoint(service: string): boolean {
  return service !== 's3' && service !== 'dynamodb';
}

/**
 * The NAT gateways eksctl builds for `cluster` in `vpc`: the drawn setting, except that a VPC eksctl creates
 * for an IPv6 cluster takes no NAT setting (eksctl refuses vpc.nat with IPv6, so the export leaves it out) and
 * always gets one NAT gateway in its first public subnet for IPv4 egress, beside an egress-only internet
 * gateway (eksctl pkg/cfn/builder/vpc_ipv6.go). `null`: unknown (an existing VPC imported without it).
 */
export function eksctlNatMode(cluster: PartOf<'cluster'>, vpc: PartOf<'vpc'>): PartOf<'vpc'>['props']['natGateway'] {
  if (!vpc.props.existingVpcId && cluster.props.ipFamily === 'IPv6' && !isFullyPrivateCluster(cluster)) return 'Single';
  return vpc.props.natGateway;
}
