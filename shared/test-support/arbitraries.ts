/**
 * fast-check arbitraries of valid, consistent designs for property tests (export, import round trips).
 *
 * A design is drawn as a small plain spec (`designSpecArb`) and then built by one deterministic function
 * (`buildDesignFromSpec`), so every consistency rule lives in ordinary code: subnets in 2-3 AZs with
 * non-overlapping CIDRs inside the VPC, unique names, min <= desired <= max, node groups in subnets of
 * their own access, pod identity agent on whenever pod identity is used, IPv6 only where eksctl allows it,
 * Fargate workloads in a namespace their profile selects, and so on. Shrinking works on the spec.
 */
import fc from 'fast-check';
import { addonsOn, SWITCH_ROWS, type AddonSwitch } from '../model/addons.js';
import type { Design } from '../model/design.js';
import { AMI_FAMILIES, CONTROL_PLANE_LOG_TYPES } from '../model/parts.js';
import { DesignBuilder } from '../rules/test-support/builder.js';

export const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1'] as const;
/** Versions in standard or extended support on the rules' test day (2026-11-28). */
export const VERSIONS = ['1.33', '1.34', '1.35'] as const;
const INSTANCE_TYPES = ['m6i.large', 'm7i.xlarge', 'c6i.2xlarge', 'r6i.large', 't3.medium', 'g5.xlarge'] as const;
/** AL2 is out: eksctl refuses it from Kubernetes 1.33 on. */
const AMIS = AMI_FAMILIES.filter((f) => f !== 'AmazonLinux2');
const NAMESPACES = ['default', 'batch', 'payments', 'kube-system', 'team-a'] as const;
/** Label and tag values, including ones YAML 1.1 would read as booleans, numbers or null unless quoted. */
const TRICKY_VALUES = ['web', 'yes', 'on', 'true', '1.30', '0777', 'null', 'N', 'blue'] as const;
const LABEL_KEYS = ['team', 'tier', 'example.com/role', 'workload-type'] as const;

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}[a-z0-9]$/);
const stringMap = fc.dictionary(fc.constantFrom(...LABEL_KEYS), fc.constantFrom(...TRICKY_VALUES), { maxKeys: 3 });

const nodeGroupSpec = fc.record({
  managed: fc.boolean(),
  instanceTypes: fc.uniqueArray(fc.constantFrom(...INSTANCE_TYPES), { minLength: 1, maxLength: 3 }),
  spot: fc.boolean(),
  minSize: fc.nat(4),
  extraDesired: fc.nat(3),
  extraMax: fc.nat(6),
  amiFamily: fc.constantFrom(...AMIS),
  volumeSize: fc.integer({ min: 50, max: 500 }),
  labels: stringMap,
  taints: fc.uniqueArray(
    fc.record({
      key: fc.constantFrom('dedicated', 'example.com/gpu', 'spot'),
      value: fc.constantFrom('', ...TRICKY_VALUES),
      effect: fc.constantFrom('NoSchedule', 'PreferNoSchedule', 'NoExecute' as const),
    }),
    { maxLength: 2, selector: (t) => t.key },
  ),
  privateNetworking: fc.boolean(),
  /** Bit i picks the i-th subnet of the node group's access; 0 = no explicit subnets. */
  subnetMask: fc.nat(7),
  sshCidrs: fc.constantFrom([], ['10.0.0.0/8'], ['203.0.113.0/24', '198.51.100.0/24']),
  disableImdsV1: fc.boolean(),
});

const fargateSpec = fc.record({
  selectors: fc.uniqueArray(fc.record({ namespace: fc.constantFrom(...NAMESPACES), labels: stringMap }), {
    minLength: 1,
    maxLength: 3,
    selector: (s) => s.namespace,
  }),
  subnetMask: fc.nat(7),
});

const workloadSpec = fc.record({
  /** Index into [cluster, ...node groups, ...Fargate profiles], taken modulo their count. */
  host: fc.nat(10),
  namespace: fc.constantFrom(...NAMESPACES),
  replicas: fc.integer({ min: 1, max: 6 }),
  loadBalancer: fc.constantFrom('none', 'alb', 'nlb' as const),
  usesAwsApis: fc.boolean(),
  fromEcr: fc.boolean(),
});

export const designSpecArb = fc.record({
  designName: fc.string({ minLength: 1, maxLength: 40 }),
  region: fc.constantFrom(...REGIONS),
  /** explicit = drawn subnets; eksctl = eksctl lays out the subnets; default = no VPC part. */
  network: fc.constantFrom('explicit', 'eksctl', 'default' as const),
  vpcSecondOctet: fc.nat(255),
  azCount: fc.integer({ min: 2, max: 3 }),
  /** A second private subnet in the first AZ, so subnet keys must fall back to names. */
  secondSubnetInFirstAz: fc.boolean(),
  existing: fc.boolean(),
  natGateway: fc.constantFrom('Single', 'HighlyAvailable', 'Disable' as const),
  clusterName: name,
  version: fc.constantFrom(...VERSIONS),
  endpoint: fc.constantFrom('public-and-private', 'public', 'private' as const),
  publicAccessCidrs: fc.constantFrom([], ['203.0.113.0/24']),
  logging: fc.subarray([...CONTROL_PLANE_LOG_TYPES]),
  encrypted: fc.boolean(),
  authenticationMode: fc.constantFrom('API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP' as const),
  supportType: fc.constantFrom('STANDARD', 'EXTENDED' as const),
  ipv6: fc.boolean(),
  serviceCidr: fc.constantFrom('', '172.20.0.0/16'),
  controllerIdentity: fc.constantFrom('irsa', 'pod-identity' as const),
  addons: fc.record({
    /** One per row of the add-on table; vpcCni is overridden to true: see buildDesignFromSpec. */
    ...(Object.fromEntries(SWITCH_ROWS.map((row) => [row.switch, fc.boolean()])) as Record<AddonSwitch, fc.Arbitrary<boolean>>),
    nodeAutoscaler: fc.constantFrom('none', 'cluster-autoscaler', 'karpenter' as const),
  }),
  clusterTags: stringMap,
  nodeGroups: fc.array(nodeGroupSpec, { maxLength: 3 }),
  fargateProfiles: fc.array(fargateSpec, { maxLength: 2 }),
  workloads: fc.array(workloadSpec, { maxLength: 4 }),
  onPrem: fc.boolean(),
  onPremGateway: fc.boolean(),
  credentialProvider: fc.constantFrom('SSM', 'IRA' as const),
  extras: fc.boolean(),
});

export type DesignSpec = typeof designSpecArb extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: readonly T[], mask: number): T[] {
  return items.filter((_, i) => (mask >> i) & 1);
}

/** Builds the design a spec describes, resolving every combination eksctl or EKS would refuse. */
export function buildDesignFromSpec(spec: DesignSpec, opts: { extras?: boolean } = {}): Design {
  const b = new DesignBuilder(spec.designName);
  const withExtras = (opts.extras ?? true) && spec.extras;
  const vpcCidr = `10.${spec.vpcSecondOctet}.0.0/16`;
  const hasVpc = spec.network !== 'default';
  const existing = spec.network === 'explicit' && spec.existing;
  // IPv6: eksctl-built VPC only, no service IPv4 CIDR, no hybrid nodes, and the core add-ons it requires.
  const ipv6 = spec.ipv6 && spec.network === 'eksctl';
  // A fully-private cluster: a private-only endpoint in a VPC eksctl builds, with NAT switched off.
  const fullyPrivate = spec.endpoint === 'private' && hasVpc && !existing && spec.natGateway === 'Disable';
  const onPrem = spec.onPrem && hasVpc && !ipv6 && !fullyPrivate;
  const zones = Array.from({ length: spec.azCount }, (_, i) => `${spec.region}${String.fromCharCode(97 + i)}`);

  const vpc = hasVpc
    ? b.vpc({
        cidr: vpcCidr,
        azCount: spec.azCount,
        natGateway: spec.natGateway,
        ...(existing ? { existingVpcId: `vpc-0${spec.vpcSecondOctet.toString(16).padStart(16, '0')}` } : {}),
        ...(withExtras ? { extra: { manageSharedNodeSecurityGroupRules: true } } : {}),
      })
    : undefined;
  let subnetSerial = 0;
  const subnet = (az: string, block: number, access: 'public' | 'private', subnetName?: string) => {
    subnetSerial++;
    const part = b.add('subnet', {
      parent: vpc!,
      name: subnetName ?? `${access}-${az.slice(-1)}`,
      props: {
        availabilityZone: az,
        cidr: `10.${spec.vpcSecondOctet}.${block * 32}.0/19`,
        access,
        ...(existing ? { existingSubnetId: `subnet-${subnetSerial.toString(16).padStart(17, '0')}` } : {}),
      },
    });
    return part;
  };
  // eksctl's fully-private VPC has private subnets only, no internet gateway and no routes to on-premises.
  const publicSubnets = vpc && spec.network === 'explicit' && !fullyPrivate ? zones.map((az, i) => subnet(az, i, 'public')) : [];
  // In a VPC eksctl builds, the drawn subnets are the ones eksctl creates: its split gives zone i block i
  // (public) and block zones + i (private), and no second subnet per zone (model/eksctl-subnet-split.ts).
  const privateSubnets =
    vpc && spec.network === 'explicit' ? zones.map((az, i) => subnet(az, (existing ? 3 : spec.azCount) + i, 'private')) : [];
  if (vpc && spec.network === 'explicit' && existing && spec.secondSubnetInFirstAz)
    privateSubnets.push(subnet(zones[0]!, 6, 'private', 'private-extra'));

  // Without the VPC CNI eksctl refuses node groups, Fargate and controllers at creation (a bare cluster).
  const addons = { ...spec.addons, vpcCni: true };
  if (ipv6) Object.assign(addons, { coreDns: true, kubeProxy: true });
  // eksctl refuses pod identity associations without the agent add-on.
  if (spec.controllerIdentity === 'pod-identity' && addonsOn(addons).some((row) => row.serviceAccount !== undefined))
    addons.podIdentityAgent = true;
  const cluster = b.cluster(
    vpc,
    {
      region: spec.region,
      version: spec.version,
      endpointAccess: {
        public: spec.endpoint !== 'private',
        private: spec.endpoint !== 'public',
        publicAccessCidrs: spec.endpoint === 'private' ? [] : [...spec.publicAccessCidrs],
      },
      fullyPrivate,
      logging: [...spec.logging],
      secretsEncryptionKeyArn: spec.encrypted
        ? `arn:aws:kms:${spec.region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`
        : '',
      // Hybrid nodes need access entries, which CONFIG_MAP mode does not have.
      authenticationMode: onPrem && spec.authenticationMode === 'CONFIG_MAP' ? 'API' : spec.authenticationMode,
      supportType: spec.supportType,
      ipFamily: ipv6 ? 'IPv6' : 'IPv4',
      serviceIpv4Cidr: ipv6 ? '' : spec.serviceCidr,
      controllerIdentity: spec.controllerIdentity,
      addons,
      tags: { ...spec.clusterTags },
      ...(withExtras ? { extra: { metadata: { annotations: { owner: 'platform-team' } } } } : {}),
    },
    spec.clusterName,
  );

  /** Where workloads can go; a Fargate profile also fixes the namespace and labels its first selector picks. */
  const hosts: { id: string; selector?: { namespace: string; labels: Record<string, string> } }[] = [{ id: cluster.id }];
  spec.nodeGroups.forEach((ng, i) => {
    const privateNetworking = ng.privateNetworking || fullyPrivate;
    const candidates = privateNetworking ? privateSubnets : publicSubnets;
    const minSize = ng.minSize;
    const desiredCapacity = minSize + ng.extraDesired;
    const part = b.add(ng.managed ? 'managed-node-group' : 'self-managed-node-group', {
      parent: cluster,
      name: `ng-${i + 1}`,
      props: {
        instanceTypes: [...ng.instanceTypes],
        capacityType: ng.spot ? 'SPOT' : 'ON_DEMAND',
        minSize,
        desiredCapacity,
        maxSize: Math.max(1, desiredCapacity + ng.extraMax),
        amiFamily: ng.amiFamily,
        volumeSize: ng.volumeSize,
        labels: { ...ng.labels },
        taints: ng.taints.map((t) => ({ ...t })),
        privateNetworking,
        subnetIds: pick(candidates, ng.subnetMask).map((s) => s.id),
        sshAllowedCidrs: [...ng.sshCidrs],
        disableImdsV1: ng.disableImdsV1,
        ...(withExtras ? { extra: { maxPodsPerNode: 58 } } : {}),
      },
    });
    hosts.push({ id: part.id });
  });
  spec.fargateProfiles.forEach((fp, i) => {
    const part = b.add('fargate-profile', {
      parent: cluster,
      name: `fp-${i + 1}`,
      props: {
        selectors: fp.selectors.map((s) => ({ namespace: s.namespace, labels: { ...s.labels } })),
        subnetIds: pick(privateSubnets, fp.subnetMask).map((s) => s.id),
        ...(withExtras ? { extra: { tags: { team: 'platform' } } } : {}),
      },
    });
    hosts.push({ id: part.id, selector: fp.selectors[0]! });
  });

  spec.workloads.forEach((w, i) => {
    const host = hosts[w.host % hosts.length]!;
    const workload = b.add('workload', {
      parent: host,
      name: `app-${i + 1}`,
      props: {
        namespace: host.selector?.namespace ?? w.namespace,
        replicas: w.replicas,
        labels: { ...host.selector?.labels },
        cpuMillicores: 250,
        memoryMiB: 256,
        usesAwsApis: w.usesAwsApis,
      },
    });
    if (vpc && w.loadBalancer !== 'none') {
      const lb = b.add(w.loadBalancer, {
        parent: vpc,
        name: `${w.loadBalancer}-${i + 1}`,
        props: { scheme: fullyPrivate ? 'internal' : 'internet-facing' },
      });
      b.connect(lb, workload);
    }
    if (w.fromEcr) b.connect(b.add('ecr', { name: `repo-${i + 1}`, props: { repositoryName: `app-${i + 1}` } }), workload);
  });

  if (onPrem) {
    const net = b.add('on-prem-network', {
      name: 'datacenter',
      props: {
        remoteNodeCidrs: ['172.16.0.0/18'],
        remotePodCidrs: ['172.16.64.0/18'],
        credentialProvider: spec.credentialProvider,
        vpcGatewayId: spec.onPremGateway && !existing ? 'tgw-0123456789abcdef0' : '',
      },
    });
    b.connect(net, vpc!);
  }
  return b.build();
}

/** Valid, consistent designs with exactly one cluster. `extras: false` leaves every `props.extra` out. */
export function designArb(opts: { extras?: boolean } = {}): fc.Arbitrary<Design> {
  return designSpecArb.map((spec) => buildDesignFromSpec(spec, opts));
}
