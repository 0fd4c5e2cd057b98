/**
 * Which VPC endpoints the parts and add-ons of a fully-private cluster need, which of them eksctl creates,
 * and which the design must bring itself. Nodes and controllers of a cluster without internet egress reach
 * AWS APIs only through VPC endpoints (https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html).
 * The exporter (YAML comments), the rules (missing endpoints) and the cost estimate (endpoint hours) read this.
 */
import { addonsOn } from './addons.js';
import { EKSCTL_ADDITIONAL_ENDPOINT_SERVICES, EKSCTL_PRIVATE_ENDPOINTS } from './cluster-network.js';
import type { DesignIndex } from './design-index.js';
import type { PartOf } from './parts.js';

/** One endpoint service (the suffix of com.amazonaws.<region>.<service>) and who needs it. */
export interface EndpointNeed {
  service: string;
  /** What needs it, in English (e.g. "AWS Load Balancer Controller"); the first is the main reason. */
  users: string[];
}

const NODES = 'nodes (join, image pulls)';

/** The endpoint services the cluster's nodes, Fargate pods and controllers call, in a stable order. */
export function endpointNeeds(index: DesignIndex, cluster: PartOf<'cluster'>): EndpointNeed[] {
  const a = cluster.props.addons;
  const needs = new Map<string, string[]>();
  const need = (service: string, user: string) => {
    const users = needs.get(service) ?? [];
    if (!users.includes(user)) users.push(user);
    needs.set(service, users);
  };
  // Nodes describe themselves and their ENIs (ec2, also the VPC CNI), pull images (ecr.api, ecr.dkr, and
  // the image layers from s3) and get credentials (sts).
  for (const service of ['ec2', 'ecr.api', 'ecr.dkr', 's3', 'sts']) need(service, NODES);
  for (const row of addonsOn(a)) for (const service of row.endpoints ?? []) need(service, row.name);
  return [...needs].map(([service, users]) => ({ service, users }));
}

/** The optional services the exporter asks eksctl for (`privateCluster.additionalEndpointServices`). */
export function additionalEndpointServicesFor(needs: readonly EndpointNeed[]): string[] {
  return EKSCTL_ADDITIONAL_ENDPOINT_SERVICES.filter((svc) => needs.some((n) => n.service === svc));
}

/**
 * The endpoint services eksctl creates for a fully-private cluster: the required ones plus the additional
 * ones, plus logs when control-plane logging is on (eksctl MapOptionalEndpointServices); none with
 * `skipEndpointCreation`.
 */
export function endpointsEksctlCreates(opts: {
  additional: readonly unknown[];
  skipEndpointCreation: boolean;
  controlPlaneLogging: boolean;
}): string[] {
  if (opts.skipEndpointCreation) return [];
  const out: string[] = [...EKSCTL_PRIVATE_ENDPOINTS];
  for (const svc of opts.additional)
    if (typeof svc === 'string' && (EKSCTL_ADDITIONAL_ENDPOINT_SERVICES as readonly string[]).includes(svc) && !out.includes(svc))
      out.push(svc);
  if (opts.controlPlaneLogging && !out.includes('logs')) out.push('logs');
  return out;
}

/** Whether the VPC's listed endpoints (`vpcEndpoints`: suffix or full service name) include `service`. */
export function vpcListsEndpoint(vpc: PartOf<'vpc'> | undefined, service: string): boolean {
  return (vpc?.props.vpcEndpoints ?? []).some((e) => {
    const name = e.trim().toLowerCase();
    return name === service || name.endsWith(`.${service}`);
  });
}
