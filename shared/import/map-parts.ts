/**
 * ClusterConfig sections -> props of the VPC, subnet, node group, Fargate profile and on-premises network
 * parts. Each part keeps the fields the canvas does not model in `props.extra`, which the exporter merges
 * back. Absent fields take eksctl's defaults (public nodes, 2 nodes, 80 GiB, IMDSv1 off).
 */
import { AMI_FAMILIES, managedNodeGroupPropsSchema, taintSchema, type PropsOf } from '../model/parts.js';
import { bool, count, extraOf, list, obj, str, stringMap, strings, type Obj } from './values.js';

import { EKSCTL_DEFAULT_VPC_CIDR, eksctlSubnetSplit } from '../model/eksctl-subnet-split.js';

export { EKSCTL_DEFAULT_VPC_CIDR };
/** eksctl's instance type when a node group names none. */
const EKSCTL_DEFAULT_INSTANCE_TYPE = 'm5.large';

export interface SubnetEntry {
  key: string;
  access: 'public' | 'private';
  props: PropsOf<'subnet'>;
}

/** AZ names (us-east-1a) and Local Zone names (us-west-2-lax-1a) look like this; subnet aliases usually do not. */
const AZ_NAME = /^[a-z]{2}(-[a-z]+)+-\d+[a-z]?(-[a-z]+-\d+[a-z]?)?$/;

export function mapVpcProps(config: Obj): PropsOf<'vpc'> {
  const vpc = obj(config['vpc']);
  const zones = strings(config['availabilityZones']);
  const gateway = str(obj(vpc['nat'])['gateway']);
  const existing = str(vpc['id']);
  // Subnets listed by id without vpc.id are an existing VPC too: eksctl finds the VPC from them and builds
  // none (see isExistingVpc), so its CIDR is as unknown as with an id. Given any subnets at all, eksctl builds
  // no VPC and so no NAT gateway (createOrImportVPC; without an id or a vpc.id it refuses them).
  const existingVpc = existing !== undefined || hasSubnets(vpc, true);
  const givenSubnets = existingVpc || hasSubnets(vpc, false);
  // A fully-private cluster's eksctl-built VPC has no NAT gateway; the model says so with NAT switched off.
  const fullyPrivate = obj(config['privateCluster'])['enabled'] === true;
  const natGateway =
    gateway === 'HighlyAvailable' || gateway === 'Disable' || gateway === 'Single'
      ? gateway
      : givenSubnets
        ? null // An existing VPC's NAT gateways are whatever AWS has; the file does not say, so neither does the design.
        : fullyPrivate
          ? 'Disable'
          : 'Single';
  return {
    // An existing VPC's CIDR is AWS's to know: without one in the file it stays unknown (''), not eksctl's default.
    cidr: str(vpc['cidr']) ?? (existingVpc ? '' : EKSCTL_DEFAULT_VPC_CIDR),
    azCount: Math.min(6, Math.max(1, new Set(zones).size || 3)),
    ...(zones.length > 0 ? { availabilityZones: zones } : {}),
    natGateway,
    internetGateway: true,
    enableDnsSupport: true,
    enableDnsHostnames: true,
    vpcEndpoints: [],
    ...(existing ? { existingVpcId: existing } : {}),
    ...optionalExtra(extraOf(vpc, ['id', 'cidr', 'subnets', 'nat', 'clusterEndpoints', 'publicAccessCIDRs'])),
  };
}

/** Whether `vpc.subnets` lists a subnet (`byId`: one given by id). */
function hasSubnets(vpc: Obj, byId: boolean): boolean {
  const sections = obj(vpc['subnets']);
  for (const access of ['public', 'private'] as const)
    for (const spec of Object.values(obj(sections[access]))) if (!byId || str(obj(spec)['id'])) return true;
  return false;
}

function optionalExtra(extra: Obj | undefined): { extra?: Obj } {
  return extra ? { extra } : {};
}

export function mapSubnets(config: Obj): SubnetEntry[] {
  const sections = obj(obj(config['vpc'])['subnets']);
  const out: SubnetEntry[] = [];
  for (const access of ['public', 'private'] as const) {
    for (const [key, value] of Object.entries(obj(sections[access]))) {
      const spec = obj(value);
      const az = str(spec['az']) ?? (AZ_NAME.test(key) ? key : '');
      out.push({
        key,
        access,
        props: {
          availabilityZone: az,
          cidr: str(spec['cidr']) ?? '',
          access,
          ...(str(spec['id']) ? { existingSubnetId: str(spec['id'])! } : {}),
          tags: {},
          ...optionalExtra(extraOf(spec, ['id', 'az', 'cidr'])),
        },
      });
    }
  }
  return out;
}

/**
 * The subnets eksctl creates for a VPC it builds in the config's `availabilityZones` (no `vpc.id`, no
 * `vpc.subnets`), with the CIDRs eksctl gives them (model/eksctl-subnet-split.ts): what the exporter writes
 * for drawn subnets, so design -> export -> import gives the same subnets back. A fully-private cluster's
 * VPC has private subnets only. None when eksctl picks the zones, or refuses the zones or the split.
 */
export function eksctlBuiltSubnets(config: Obj): SubnetEntry[] {
  const vpc = obj(config['vpc']);
  if (str(vpc['id']) || Object.keys(obj(vpc['subnets'])).length > 0) return [];
  const zones = strings(config['availabilityZones']);
  // eksctl refuses fewer than two zones, and keys its subnets by zone (a repeated zone overwrites its
  // first subnets): such lists stay on the VPC as written, for the rules to report.
  if (zones.length < 2 || new Set(zones).size !== zones.length) return [];
  const split = eksctlSubnetSplit(str(vpc['cidr']) ?? EKSCTL_DEFAULT_VPC_CIDR, zones);
  if (!split.ok) return [];
  const accesses = obj(config['privateCluster'])['enabled'] === true ? (['private'] as const) : (['public', 'private'] as const);
  return accesses.flatMap((access) =>
    split.zones.map((z) => ({
      key: z.zone,
      access,
      props: { availabilityZone: z.zone, cidr: z[access], access, tags: {} },
    })),
  );
}

/**
 * The subnets eksctl puts a node group in, among those it creates: its private ones with
 * `privateNetworking`, else its public ones, in the group's `availabilityZones` or in every zone.
 * `zonesModelled` when the group's zones are a proper subset, which the exporter writes back from the subnets.
 */
export function placeOnEksctlSubnets(
  ng: Obj,
  subnets: readonly { id: string; entry: SubnetEntry }[],
): { ids: string[]; zonesModelled: boolean } | undefined {
  const access = ng['privateNetworking'] === true ? 'private' : 'public';
  const all = new Set(subnets.map((s) => s.entry.props.availabilityZone));
  const wanted = strings(ng['availabilityZones']);
  if (wanted.some((z) => !all.has(z))) return undefined;
  const zonesModelled = wanted.length > 0 && new Set(wanted).size < all.size;
  const zones = zonesModelled ? new Set(wanted) : all;
  const ids = subnets.filter((s) => s.entry.access === access && zones.has(s.entry.props.availabilityZone)).map((s) => s.id);
  return ids.length > 0 ? { ids, zonesModelled } : undefined;
}

/**
 * Part ids of the subnets a node group or profile names (by alias under vpc.subnets, or by subnet id), or
 * undefined when any name is not one of the drawn subnets; then the list stays in `extra` as written.
 */
export function resolveSubnets(names: string[], subnets: readonly { id: string; entry: SubnetEntry }[], preferPrivate: boolean) {
  const ids: string[] = [];
  for (const name of names) {
    const matches = subnets.filter((s) => s.entry.key === name || s.entry.props.existingSubnetId === name);
    const match = matches.find((s) => (s.entry.access === 'private') === preferPrivate) ?? matches[0];
    if (!match) return undefined;
    ids.push(match.id);
  }
  return ids;
}

function mapTaints(value: unknown): PropsOf<'managed-node-group'>['taints'] {
  const raw: unknown[] = Array.isArray(value)
    ? value
    : Object.entries(obj(value)).map(([key, v]) => {
        // Map form: key: "value:Effect".
        const text = typeof v === 'string' ? v : '';
        const at = text.lastIndexOf(':');
        return { key, value: at < 0 ? text : text.slice(0, at), effect: at < 0 ? '' : text.slice(at + 1) };
      });
  return raw.flatMap((t) => {
    const parsed = taintSchema.safeParse({
      key: str(obj(t)['key']),
      value: str(obj(t)['value']) ?? '',
      effect: str(obj(t)['effect']),
    });
    return parsed.success ? [parsed.data] : [];
  });
}

/** Keys of a node group the canvas models; the rest goes to `extra`. */
const NODE_GROUP_KEYS = [
  'name',
  'instanceType',
  'instanceTypes',
  'spot',
  'minSize',
  'desiredCapacity',
  'maxSize',
  'amiFamily',
  'volumeSize',
  'labels',
  'taints',
  'privateNetworking',
  'disableIMDSv1',
];

export function mapNodeGroupProps(
  ng: Obj,
  managed: boolean,
  subnetIds: string[] | undefined,
  /** The group's `availabilityZones` are said by `subnetIds` (subnets eksctl creates). */
  zonesModelled = false,
): PropsOf<'managed-node-group'> {
  const distribution = obj(ng['instancesDistribution']);
  const single = str(ng['instanceType']);
  const types = [
    ...strings(ng['instanceTypes']),
    ...(single && single !== 'mixed' ? [single] : []),
    ...strings(distribution['instanceTypes']),
  ];
  const spot = managed ? ng['spot'] === true : distribution['onDemandPercentageAboveBaseCapacity'] === 0;
  const desired = count(ng['desiredCapacity']) ?? count(ng['minSize']) ?? 2;
  const min = count(ng['minSize']) ?? Math.min(desired, count(ng['maxSize']) ?? desired);
  const max = count(ng['maxSize']) ?? Math.max(desired, min);
  // eksctl reads the family case-insensitively; the design holds its canonical spelling, and an untouched
  // import still writes the file's own spelling back (origin-merge keeps unedited values).
  const raw = typeof ng['amiFamily'] === 'string' ? ng['amiFamily'].toLowerCase() : undefined;
  const ami = AMI_FAMILIES.find((f) => f.toLowerCase() === raw);
  const ssh = obj(ng['ssh']);
  const modelled = [
    ...NODE_GROUP_KEYS,
    ...(subnetIds ? ['subnets'] : []),
    ...(zonesModelled ? ['availabilityZones'] : []),
  ].filter((k) => k !== 'amiFamily' || ami);
  return managedNodeGroupPropsSchema.parse({
    instanceTypes: types.length > 0 ? [...new Set(types)] : [EKSCTL_DEFAULT_INSTANCE_TYPE],
    capacityType: spot ? 'SPOT' : 'ON_DEMAND',
    minSize: min,
    desiredCapacity: desired,
    maxSize: max,
    ...(ami ? { amiFamily: ami } : {}),
    volumeSize: Math.max(1, count(ng['volumeSize']) ?? 80),
    labels: stringMap(ng['labels']),
    taints: mapTaints(ng['taints']),
    // eksctl gives nodes public IPs in public subnets unless told otherwise.
    privateNetworking: bool(ng['privateNetworking']) ?? false,
    subnetIds: subnetIds ?? [],
    disableImdsV1: bool(ng['disableIMDSv1']) ?? true,
    sshAllowedCidrs: sshOpenToWorld(ssh, bool(ng['privateNetworking']) === true) ? ['0.0.0.0/0'] : [],
    ...optionalExtra(extraOf(ng, modelled)),
  });
}

/**
 * Whether eksctl opens port 22 of the group's nodes to 0.0.0.0/0 (and ::/0). SSH is on when `ssh.allow` is
 * true, or when a key is given and `allow` is not false (defaults.go setSSHDefaults); then the rule's source
 * is `ssh.sourceSecurityGroupIds` when listed, the VPC CIDR for a group with private networking, and only
 * otherwise the whole internet (cfn/builder managed_launch_template.go makeSSHIngressRules).
 */
function sshOpenToWorld(ssh: Obj, privateNetworking: boolean): boolean {
  const keyGiven = ['publicKey', 'publicKeyPath', 'publicKeyName'].some((k) => (str(ssh[k]) ?? '') !== '');
  const allowed = ssh['allow'] === true || (keyGiven && ssh['allow'] !== false);
  return allowed && strings(ssh['sourceSecurityGroupIds']).length === 0 && !privateNetworking;
}

export function mapFargateProps(fp: Obj, subnetIds: string[] | undefined): PropsOf<'fargate-profile'> {
  return {
    selectors: list(fp['selectors']).map((s) => ({
      namespace: str(obj(s)['namespace']) ?? '',
      labels: stringMap(obj(s)['labels']),
    })),
    subnetIds: subnetIds ?? [],
    ...optionalExtra(extraOf(fp, ['name', 'selectors', ...(subnetIds ? ['subnets'] : [])])),
  };
}

/** The on-premises network of hybrid nodes, or undefined when the config has no remote node network. */
export function mapOnPremProps(config: Obj): PropsOf<'on-prem-network'> | undefined {
  const remote = obj(config['remoteNetworkConfig']);
  const nodeCidrs = list(remote['remoteNodeNetworks']).flatMap((n) => strings(obj(n)['cidrs']));
  if (nodeCidrs.length === 0) return undefined;
  return {
    remoteNodeCidrs: nodeCidrs,
    remotePodCidrs: list(remote['remotePodNetworks']).flatMap((n) => strings(obj(n)['cidrs'])),
    connection: 'vpn',
    hybridNodeCount: 2,
    vcpuPerNode: 4,
    credentialProvider: str(obj(remote['iam'])['provider']) === 'IRA' ? 'IRA' : 'SSM',
    cni: 'cilium',
    vpcGatewayId: str(remote['vpcGatewayID']) ?? '',
  };
}
