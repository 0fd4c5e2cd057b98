import type { PartOf } from './parts.js';

/**
 * Whether a cluster is an eksctl fully-private cluster (`privateCluster.enabled`): a private-only API
 * endpoint in a VPC eksctl creates whose NAT gateways are switched off. eksctl then creates the VPC
 * endpoints nodes need. A private-only endpoint with NAT gateways is an ordinary cluster whose endpoint
 * is private (`vpc.clusterEndpoints`), so the user's NAT choice is kept. The exporter, the rules and the
 * cost estimate all ask this one function.
 */
export function isFullyPrivateCluster(cluster: PartOf<'cluster'>, vpc: PartOf<'vpc'> | undefined): boolean {
  return (
    !cluster.props.endpointAccess.public && vpc !== undefined && !vpc.props.existingVpcId && vpc.props.natGateway === 'Disable'
  );
}
