/**
 * The network half of a ClusterConfig: `vpc` (CIDR, subnets by AZ, NAT, endpoints), `availabilityZones`
 * for a VPC eksctl lays out itself, `privateCluster`, `kubernetesNetworkConfig` and `remoteNetworkConfig`
 * for on-premises networks with hybrid nodes.
 */
import { memoSlot, type DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { mergeExtra } from './merge-extra.js';
import { EKSCTL_DEFAULT_VPC_CIDR, eksctlSubnetSplit } from '../model/eksctl-subnet-split.js';
import { parseCidr } from '../util/cidr.js';
import type { ClusterConfig, ClusterVpc, ExportNote, RemoteNetworkConfig, SubnetSpec } from './types.js';
import { eksctlBuildsPrivateVpc, isFullyPrivateCluster } from '../model/cluster-network.js';
import {
  additionalEndpointServicesFor,
  endpointNeeds,
  endpointsEksctlCreates,
  vpcListsEndpoint,
} from '../model/private-endpoints.js';

/** How node groups and Fargate profiles refer to a drawn subnet: its key under `vpc.subnets`, or its id. */
export interface SubnetRef {
  access: 'public' | 'private';
  /** Key in `vpc.subnets.<access>`: the AZ, or the subnet's name when several subnets share that AZ. */
  key: string;
  /** Existing subnet id (subnet-...), when the design reuses one. */
  id?: string;
  /** The subnet's Availability Zone. */
  az: string;
  /**
   * eksctl creates this subnet itself (a VPC it builds, no subnet ids drawn): the config cannot name it, so
   * node groups say `privateNetworking` and `availabilityZones` instead of `subnets`.
   */
  eksctlBuilt: boolean;
}

/**
 * Whether eksctl lays out the subnets of `vpc` itself: it builds the VPC (no id) and no drawn subnet is an
 * existing one. eksctl reads any `vpc.subnets` entry as an existing subnet to look up, and without a VPC id
 * it refuses one given by CIDR or AZ ("can't describe subnet by CIDR without VPC ID", pkg/vpc/vpc.go
 * describeSubnets), so for such a VPC the config lists the zones and eksctl splits the CIDR
 * (model/eksctl-subnet-split.ts).
 */
export function eksctlLaysOutSubnets(vpc: PartOf<'vpc'> | undefined, subnets: readonly PartOf<'subnet'>[]): boolean {
  return vpc !== undefined && !vpc.props.existingVpcId && subnets.every((s) => !s.props.existingSubnetId);
}

/**
 * The zones of the drawn subnets, in the order `availabilityZones` gets them. eksctl gives zone i the i-th
 * CIDR block, so zones go by the lowest address drawn in them: subnets laid out as eksctl does (or imported
 * from a config) keep their zone order and so their CIDRs; zones without a readable CIDR follow, by name.
 */
export function drawnZones(subnets: readonly PartOf<'subnet'>[]): string[] {
  // Parallel arrays rather than a Map of pairs: a VPC has a handful of zones, and this runs per VPC per validation.
  const zones: string[] = [];
  const lowest: number[] = [];
  for (const s of subnets) {
    const zone = s.props.availabilityZone;
    if (zone === '') continue;
    const network = parseCidr(s.props.cidr, true)?.network ?? Number.POSITIVE_INFINITY;
    const i = zones.indexOf(zone);
    if (i < 0) {
      zones.push(zone);
      lowest.push(network);
    } else if (network < lowest[i]!) lowest[i] = network;
  }
  const order = zones.map((_, i) => i);
  order.sort((i, j) => {
    const a = lowest[i]!;
    const b = lowest[j]!;
    if (a !== b) return a - b;
    const za = zones[i]!;
    const zb = zones[j]!;
    return za < zb ? -1 : za > zb ? 1 : 0;
  });
  return order.map((i) => zones[i]!);
}

const DRAWN_ZONES = memoSlot<Map<string, readonly string[]>>('drawn zones by VPC');

/** drawnZones of a VPC's drawn subnets, once per index: the rules' view and vpc.subnets-eksctl-split both ask. */
export function vpcDrawnZones(index: DesignIndex, vpc: PartOf<'vpc'>): readonly string[] {
  return index.memoOf(DRAWN_ZONES, vpc.id, drawnZonesOfVpc, vpc);
}

function drawnZonesOfVpc(index: DesignIndex, vpc: PartOf<'vpc'>): readonly string[] {
  return drawnZones(index.childrenOfKind(vpc, 'subnet'));
}

/** Whether `record` has an own key (Object.keys(record).length > 0 without the array). */
function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * Keys for the drawn subnets of a VPC. eksctl keys `vpc.subnets.private` / `.public` by AZ, which is only
 * unambiguous with one subnet per AZ and access; where an AZ has several, each gets its own name (eksctl
 * accepts any alias as a key when `az` is given, which the exporter always writes).
 */
export function subnetRefs(subnets: readonly PartOf<'subnet'>[], eksctlBuilt = false): Map<string, SubnetRef> {
  const refs = new Map<string, SubnetRef>();
  addSubnetRefs(refs, subnets, 'private', eksctlBuilt);
  addSubnetRefs(refs, subnets, 'public', eksctlBuilt);
  return refs;
}

/** subnetRefs for the subnets of one access. Plain loops: this runs for every cluster on every validation. */
function addSubnetRefs(
  refs: Map<string, SubnetRef>,
  subnets: readonly PartOf<'subnet'>[],
  access: 'private' | 'public',
  eksctlBuilt: boolean,
): void {
  // Subnets per AZ in parallel arrays: a VPC has a handful of zones.
  const zones: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i < subnets.length; i++) {
    const s = subnets[i]!;
    if (s.props.access !== access) continue;
    const z = zones.indexOf(s.props.availabilityZone);
    if (z < 0) {
      zones.push(s.props.availabilityZone);
      counts.push(1);
    } else counts[z]!++;
  }
  // AZ keys first, so a subnet named like an AZ cannot take the key of the subnet that owns that AZ.
  let used: Set<string> | undefined;
  for (let i = 0; i < subnets.length; i++) {
    const s = subnets[i]!;
    if (s.props.access !== access) continue;
    const az = s.props.availabilityZone;
    let key = az;
    if (counts[zones.indexOf(az)] !== 1) {
      used ??= new Set(zones.filter((_, z) => counts[z] === 1));
      key = claimKey(used, s.name.trim() === '' ? `${az}-${s.id}` : s.name.trim());
    }
    const ref: SubnetRef = { access, key, az, eksctlBuilt };
    if (s.props.existingSubnetId) ref.id = s.props.existingSubnetId;
    refs.set(s.id, ref);
  }
}

/** `wanted`, or `wanted-2`, `-3`, ... when taken; marks it taken in `used`. */
function claimKey(used: Set<string>, wanted: string): string {
  let key = wanted;
  for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
  used.add(key);
  return key;
}

function subnetsSection(subnets: readonly PartOf<'subnet'>[], refs: Map<string, SubnetRef>): ClusterVpc['subnets'] {
  const out: { private?: Record<string, SubnetSpec>; public?: Record<string, SubnetSpec> } = {};
  const sorted = subnets
    .map((s) => ({ s, ref: refs.get(s.id)! }))
    .sort((a, b) => (a.ref.key < b.ref.key ? -1 : a.ref.key > b.ref.key ? 1 : 0));
  for (const { s, ref } of sorted) {
    const spec: SubnetSpec = {};
    if (ref.id) spec.id = ref.id;
    spec.az = s.props.availabilityZone;
    if (s.props.cidr !== '') spec.cidr = s.props.cidr;
    mergeExtra(spec, s.props.extra);
    (out[ref.access] ??= {})[ref.key] = spec;
  }
  return out;
}

/** The comment above `vpc:` for a VPC eksctl lays out: it creates the subnets, and these are their CIDRs. */
function eksctlLayoutNote(vpcCidr: string, zones: readonly string[], privateOnly: boolean): ExportNote {
  const split = eksctlSubnetSplit(vpcCidr === '' ? EKSCTL_DEFAULT_VPC_CIDR : vpcCidr, zones);
  const text = [' eksctl creates this VPC and its subnets itself, one public and one private per zone of availabilityZones;'];
  const ja = [
    ' この VPC とサブネットは eksctl が作成します（availabilityZones のゾーンごとにパブリックとプライベートを 1 つずつ）。',
  ];
  if (privateOnly) {
    text[0] = ' eksctl creates this VPC and its subnets itself, one private subnet per zone of availabilityZones;';
    ja[0] = ' この VPC とサブネットは eksctl が作成します（availabilityZones のゾーンごとにプライベートを 1 つ）。';
  }
  if (split.ok) {
    text.push(' it gives them these CIDRs (eksctl takes no subnet CIDRs for a VPC it creates):');
    ja.push(' CIDR は次のとおりです（eksctl が作成する VPC では、サブネットの CIDR を指定できません）:');
    for (const z of split.zones) {
      text.push(privateOnly ? `   ${z.zone}: private ${z.private}` : `   ${z.zone}: public ${z.public}, private ${z.private}`);
      ja.push(
        privateOnly
          ? `   ${z.zone}: プライベート ${z.private}`
          : `   ${z.zone}: パブリック ${z.public}、プライベート ${z.private}`,
      );
    }
  }
  return { path: ['vpc'], text: text.join('\n'), ja: ja.join('\n') };
}

/**
 * Tags eksctl sets on the subnets it creates by itself: the load-balancer role tags (public and private) and
 * the cluster tag. Other tags drawn on such subnets cannot be written to the config.
 */
const EKSCTL_SUBNET_TAG = /^(kubernetes\.io\/role\/(elb|internal-elb)|kubernetes\.io\/cluster\/.*)$/;

/** Names of the subnets with tags of their own (not ones eksctl sets itself). */
function subnetsWithOwnTags(subnets: readonly PartOf<'subnet'>[]): string[] {
  const out: string[] = [];
  for (const s of subnets)
    if (Object.keys(s.props.tags).some((key) => !EKSCTL_SUBNET_TAG.test(key))) out.push(s.name.trim() || s.id);
  return out;
}

/** `privateCluster.skipEndpointCreation` carried through from an import (the canvas does not model it). */
function skipEndpointCreation(cluster: PartOf<'cluster'>): boolean {
  const section = cluster.props.extra?.['privateCluster'];
  return typeof section === 'object' && section !== null && (section as Record<string, unknown>)['skipEndpointCreation'] === true;
}

/**
 * Adds vpc, availabilityZones, privateCluster and kubernetesNetworkConfig to `config`, and to `notes` the
 * YAML comments that say what a fully-private cluster leaves out and which VPC endpoints it still needs.
 */
export function mapNetwork(
  config: ClusterConfig,
  index: DesignIndex,
  cluster: PartOf<'cluster'>,
  vpc: PartOf<'vpc'> | undefined,
  refs: Map<string, SubnetRef>,
  /** Undefined: no comments wanted (the rules' view), so none are composed. */
  notes?: ExportNote[],
): void {
  const { props } = cluster;
  const ipv6 = props.ipFamily === 'IPv6';
  const fullyPrivate = isFullyPrivateCluster(cluster);
  // eksctl's own fully-private VPC has private subnets only: no public subnets, NAT or internet gateway.
  const privateVpc = eksctlBuildsPrivateVpc(cluster, vpc, vpc ? index.childrenOfKind(vpc, 'subnet') : []);
  const section: ClusterVpc = {};
  if (vpc) {
    if (vpc.props.existingVpcId) section.id = vpc.props.existingVpcId;
    // An existing VPC's CIDR may be unknown (''): then the file names the VPC by id only.
    if (vpc.props.cidr !== '') section.cidr = vpc.props.cidr;
    const all = index.childrenOfKind(vpc, 'subnet');
    // Public subnets eksctl would not create are left out (the rule network.fully-private-vpc-public says so).
    const dropped = privateVpc ? all.filter((s) => s.props.access === 'public' && !s.props.existingSubnetId) : [];
    // The list itself when nothing is dropped (nearly always): no copy and no closure per cluster.
    const drawn = dropped.length > 0 ? all.filter((s) => !dropped.includes(s)) : all;
    if (eksctlLaysOutSubnets(vpc, all)) {
      // eksctl creates the subnets: the config gives the zones the user drew them in (eksctl splits the CIDR
      // itself). Zones only when the user picked them: AZ names map to different physical zones per account,
      // and some (ap-northeast-1b, the use1-az3 behind one of us-east-1's letters) are closed to most accounts
      // or to EKS; eksctl picks available ones itself and avoids the zone ids EKS refuses.
      const zones = all.length > 0 ? [...vpcDrawnZones(index, vpc)] : [...(vpc.props.availabilityZones ?? [])];
      if (zones.length > 0) config.availabilityZones = zones;
      if (all.length > 0) notes?.push(eksctlLayoutNote(vpc.props.cidr, zones, privateVpc));
      if (notes) {
        const tagged = subnetsWithOwnTags(all);
        if (tagged.length > 0)
          notes.push({
            path: ['vpc'],
            text: ` eksctl takes no tags for the subnets it creates: the tags drawn on ${tagged.join(', ')} are not in\n this file (metadata.tags tag every resource eksctl creates; tag the subnets after creation).`,
            ja: ` eksctl が作成するサブネットにはタグを指定できません。${tagged.join('、')} に設定したタグはこのファイルに\n 含まれません（metadata.tags は eksctl が作成するすべてのリソースに付きます。サブネットには作成後にタグを付けてください）。`,
          });
      }
    } else if (drawn.length > 0) section.subnets = subnetsSection(drawn, refs);
    if (dropped.length > 0)
      notes?.push({
        path: section.subnets ? ['vpc', 'subnets'] : ['vpc'],
        text: ` Fully private: eksctl's VPC has private subnets only, so the public subnets\n ${dropped
          .map((s) => s.name || s.id)
          .join(', ')} of the design are left out.`,
        ja: ` 完全プライベート: eksctl の VPC にはプライベートサブネットしかないため、設計のパブリックサブネット\n ${dropped
          .map((s) => s.name || s.id)
          .join('、')} は含めません。`,
      });
    // NAT only matters when eksctl builds the VPC (not for one found from its subnets either); eksctl refuses
    // `nat` with IPv6, and a fully-private cluster's VPC has no route to the internet to translate to.
    if (!ipv6 && !index.isExistingVpc(vpc) && !fullyPrivate && vpc.props.natGateway)
      section.nat = { gateway: vpc.props.natGateway };
    if (privateVpc && !ipv6 && vpc.props.natGateway && vpc.props.natGateway !== 'Disable')
      notes?.push({
        path: ['vpc'],
        text: ` Fully private: eksctl's VPC has no NAT gateway and no internet gateway; the design's NAT setting (${vpc.props.natGateway}) is not exported.`,
        ja: ` 完全プライベート: eksctl の VPC には NAT ゲートウェイもインターネットゲートウェイもありません。設計の NAT の設定（${vpc.props.natGateway}）はエクスポートしません。`,
      });
  }
  // One comment above privateCluster: what the mode leaves out, and the endpoints eksctl does not create.
  const privateLines: string[] = [];
  const privateLinesJa: string[] = [];
  if (fullyPrivate && props.endpointAccess.public) {
    privateLines.push(" Fully private: the API endpoint is private only; the design's public endpoint access is not exported.");
    privateLinesJa.push(
      ' 完全プライベート: API エンドポイントはプライベートのみです。設計のパブリックエンドポイントアクセスはエクスポートしません。',
    );
  }
  // eksctl refuses clusterEndpoints on a fully-private cluster: the endpoint is private-only by definition.
  if (!fullyPrivate) {
    section.clusterEndpoints = { privateAccess: props.endpointAccess.private, publicAccess: props.endpointAccess.public };
    if (props.endpointAccess.public && props.endpointAccess.publicAccessCidrs.length > 0)
      section.publicAccessCIDRs = [...props.endpointAccess.publicAccessCidrs];
  }
  if (vpc) mergeExtra(section, vpc.props.extra);
  if (hasKeys(section)) config.vpc = section;

  if (fullyPrivate) {
    // Controllers that call AWS APIs eksctl does not give a VPC endpoint by default need one added; eksctl
    // refuses additional services together with skipEndpointCreation.
    const needs = endpointNeeds(index, cluster);
    const skip = skipEndpointCreation(cluster);
    const services = skip ? [] : additionalEndpointServicesFor(needs);
    config.privateCluster = { enabled: true, ...(services.length > 0 ? { additionalEndpointServices: services } : {}) };
    const created = endpointsEksctlCreates({
      additional: services,
      skipEndpointCreation: skip,
      controlPlaneLogging: props.logging.length > 0,
    });
    // Only the comment reads these: the rules' view (no notes) skips them.
    const missing = notes ? needs.filter((n) => !created.includes(n.service) && !vpcListsEndpoint(vpc, n.service)) : [];
    if (missing.length > 0)
      privateLines.push(
        ...[
          skip
            ? ' Fully private with skipEndpointCreation: eksctl creates no VPC endpoints. The design needs these'
            : ` Fully private: eksctl creates the VPC endpoints ${created.join(', ')}. It does not create these,`,
          ' which the design needs (create them in the VPC before the cluster):',
          ...missing.map((n) => `   com.amazonaws.${props.region}.${n.service} (${n.users.join(', ')})`),
        ],
      );
    if (missing.length > 0)
      privateLinesJa.push(
        skip
          ? ' skipEndpointCreation の完全プライベート: eksctl は VPC エンドポイントを作成しません。設計には次のエンドポイントが'
          : ` 完全プライベート: eksctl は VPC エンドポイント ${created.join('、')} を作成します。次のエンドポイントは作成しませんが、`,
        ' 設計に必要です（クラスターより先に VPC に作成してください）:',
        ...missing.map((n) => `   com.amazonaws.${props.region}.${n.service}（${n.users.join('、')}）`),
      );
    if (privateLines.length > 0)
      notes?.push({ path: ['privateCluster'], text: privateLines.join('\n'), ja: privateLinesJa.join('\n') });
  }

  const knc: NonNullable<ClusterConfig['kubernetesNetworkConfig']> = {};
  if (ipv6) knc.ipFamily = 'IPv6';
  if (props.serviceIpv4Cidr !== '') knc.serviceIPv4CIDR = props.serviceIpv4Cidr;
  if (knc.ipFamily !== undefined || knc.serviceIPv4CIDR !== undefined) config.kubernetesNetworkConfig = knc;
}

/**
 * `remoteNetworkConfig` from the on-premises networks connected to the cluster's VPC. eksctl takes one
 * remote node network and at most one remote pod network, each a list of CIDRs, so several on-premises
 * networks are joined into those two lists.
 */
export function mapRemoteNetwork(index: DesignIndex, vpc: PartOf<'vpc'> | undefined): RemoteNetworkConfig | undefined {
  if (!vpc) return undefined;
  const networks = index.sourcesOf(vpc, 'on-prem-network');
  if (networks.length === 0) return undefined;
  const unique = (list: string[]) => [...new Set(list)];
  const nodeCidrs = unique(networks.flatMap((n) => n.props.remoteNodeCidrs));
  const podCidrs = unique(networks.flatMap((n) => n.props.remotePodCidrs));
  const gateway = networks.map((n) => n.props.vpcGatewayId).find((id) => id !== '');
  return {
    iam: { provider: networks[0]!.props.credentialProvider },
    ...(gateway ? { vpcGatewayID: gateway } : {}),
    remoteNodeNetworks: [{ cidrs: nodeCidrs }],
    ...(podCidrs.length > 0 ? { remotePodNetworks: [{ cidrs: podCidrs }] } : {}),
  };
}
