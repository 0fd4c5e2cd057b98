/**
 * Small readings of the exported ClusterConfig that several eksctl rules share, written the way eksctl's
 * Go code decides them (pkg/apis/eksctl.io/v1alpha5). Values may be of any type (see config-view.ts).
 */
import { parseIpv4 } from '../../util/cidr.js';
import type { EksctlClusterConfig } from '../config-view.js';

/** `kubernetesNetworkConfig.ipFamily` is IPv6, compared case-insensitively as eksctl's IPv6Enabled does. */
export function isIpv6(config: EksctlClusterConfig): boolean {
  const family: unknown = config.kubernetesNetworkConfig?.ipFamily;
  return typeof family === 'string' && family.toLowerCase() === 'ipv6';
}

/** The entries of a list of strings; anything else counts as no list. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A non-empty string value, else undefined. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function entries(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** The part of a ClusterConfig that says which subnets and VPC it uses: the rules' view or the exporter's own type. */
interface NetworkFields {
  vpc?: { id?: unknown; subnets?: unknown; nat?: { gateway?: unknown } | null } | null;
}

/** `vpc.subnets.<access>` as [key, spec] pairs. */
export function subnetEntries(config: NetworkFields, access: 'public' | 'private'): [string, unknown][] {
  const subnets: unknown = config.vpc?.subnets;
  return entries(subnets !== null && typeof subnets === 'object' ? (subnets as Record<string, unknown>)[access] : undefined);
}

/** eksctl's HasAnySubnets: the config lists at least one public or private subnet (so eksctl creates none). */
export function hasAnySubnets(config: NetworkFields): boolean {
  return subnetEntries(config, 'public').length + subnetEntries(config, 'private').length > 0;
}

/**
 * The config names a VPC that exists: `vpc.id`, or subnets (eksctl's HasAnySubnets: it then imports them and their
 * VPC instead of creating one, pkg/ctl/create/cluster.go createOrImportVPC).
 */
export function reusesExistingVpc(config: NetworkFields): boolean {
  return nonEmpty(config.vpc?.id) !== undefined || hasAnySubnets(config);
}

/**
 * eksctl's fully-private cluster (`privateCluster.enabled`) in a VPC it does not create. eksctl then "creates VPC
 * endpoints in the supplied VPC and modifies route tables for the supplied subnets" (for the S3 gateway endpoint;
 * not when `skipEndpointCreation`), but removes no route: subnets that reach the internet through a NAT gateway keep
 * doing so. Whether such a cluster has internet egress is the VPC's, which eksctl's config does not say.
 */
export function privateClusterInExistingVpc(config: NetworkFields & { privateCluster?: { enabled?: unknown } | null }): boolean {
  return config.privateCluster?.enabled === true && reusesExistingVpc(config);
}

/** The control plane is on AWS Outposts (`outpost.controlPlaneOutpostARN`). */
export function controlPlaneOnOutposts(config: EksctlClusterConfig): boolean {
  return nonEmpty(config.outpost?.controlPlaneOutpostARN) !== undefined;
}

/** A Go `%v` of a list of strings, as eksctl prints it in its messages: `[a b c]`. */
export function goList(values: readonly string[]): string {
  return `[${values.join(' ')}]`;
}

function isIpv6Address(text: string): boolean {
  let body = text;
  // An IPv6 address may end in a dotted IPv4 address (::ffff:10.0.0.1), which stands for two groups.
  const lastColon = body.lastIndexOf(':');
  if (lastColon < 0) return false;
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (parseIpv4(tail) === undefined) return false;
    body = `${body.slice(0, lastColon + 1)}0:0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const group = /^[0-9a-fA-F]{1,4}$/;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => g.every((x) => group.test(x)))) return false;
  const count = groups.reduce((n, g) => n + g.length, 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

/** Whether Go's net.ParseCIDR accepts `text` (IPv4 or IPv6 address, "/", a prefix length; host bits allowed). */
export function isGoCidr(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return false;
  const address = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (parseIpv4(address) !== undefined) return Number(bits) <= 32;
  return isIpv6Address(address) && Number(bits) <= 128;
}

/**
 * The family whose every address `text` takes in, when it is a CIDR block of prefix length 0 (0.0.0.0/0, ::/0, or
 * any address "/0", which Go's net.ParseCIDR and AWS mask to those): the whole internet over that family.
 */
export function wholeAddressSpace(text: string): 'IPv4' | 'IPv6' | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0 || !/^0{1,3}$/.test(trimmed.slice(slash + 1)) || !isGoCidr(trimmed)) return undefined;
  return trimmed.includes(':') ? 'IPv6' : 'IPv4';
}

/**
 * What the exported config says of the cluster's internet egress, read the way eksctl builds it:
 * - `none`: nothing routes out. eksctl's fully-private cluster (`privateCluster.enabled`, "no outbound internet
 *   access") in a VPC eksctl creates (private subnets only, no NAT or internet gateway), or a VPC eksctl creates
 *   without NAT (`vpc.nat.gateway: Disable`) whose node groups all run in its private subnets (`privateNetworking`;
 *   Fargate pods always do).
 * - `unknown`: a fully-private cluster in an existing VPC (privateClusterInExistingVpc). eksctl adds its endpoints
 *   there but removes no route, so whether the subnets still reach a NAT gateway is the VPC's, which the config
 *   does not say: the rules warn and name the assumption instead of asserting a failure.
 * - `open`: anything else. The VPC eksctl creates always has an internet gateway whatever the design's VPC part
 *   says, and an IPv6 cluster's always has a NAT gateway (eksctl refuses `vpc.nat` with IPv6); an existing VPC the
 *   cluster is not fully private in is judged from the drawn VPC by the design rules (shared/rules/catalog/ecr/egress.ts).
 * The one answer for the config rules (as.karpenter-no-egress, as.karpenter-private-existing-vpc,
 * ecr.controller-images-no-egress, ecr.controller-images-private-existing-vpc, lb.private-cluster-lbc) and, through
 * assumesNoEgress, for what the bundle does about it, so they cannot disagree.
 */
export type ConfigEgress = 'none' | 'unknown' | 'open';

export function configEgress(
  config: NetworkFields & { privateCluster?: { enabled?: unknown } | null; managedNodeGroups?: unknown; nodeGroups?: unknown },
): ConfigEgress {
  if (config.privateCluster?.enabled === true) return reusesExistingVpc(config) ? 'unknown' : 'none';
  if (reusesExistingVpc(config)) return 'open';
  if (config.vpc?.nat?.gateway !== 'Disable') return 'open';
  for (const list of [config.managedNodeGroups, config.nodeGroups] as unknown[])
    if (Array.isArray(list))
      for (const ng of list as unknown[])
        if ((ng as { privateNetworking?: unknown } | null)?.privateNetworking !== true) return 'open';
  return 'none';
}

/**
 * Whether the export and the deployment bundle set the cluster up for no internet egress (Karpenter's isolatedVPC
 * and instance profile, the AWS Load Balancer Controller's Shield and WAF switches): where there is none, and where
 * it is unknown (a fully-private cluster in an existing VPC), since each of those settings also works with egress
 * while their opposites fail without it.
 */
export function assumesNoEgress(config: Parameters<typeof configEgress>[0]): boolean {
  return configEgress(config) !== 'open';
}
