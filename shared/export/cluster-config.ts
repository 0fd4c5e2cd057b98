/**
 * Design -> eksctl ClusterConfig object. Pure and fast (one pass over the cluster's parts, no YAML), so the
 * canvas can preview the config on every edit. Rules are not run here; `exportEksctlYaml` does that.
 */
import { orderClusterConfigKeys } from '../eksctl/key-order.js';
import { joinList } from '../i18n/join-list.js';
import { EKSCTL_API_VERSION, EKSCTL_KIND } from '../eksctl/schema.js';
import { DesignIndex } from '../model/design-index.js';
import type { Design } from '../model/design.js';
import { CONTROL_PLANE_LOG_TYPES, type PartOf } from '../model/parts.js';
import { ExportError } from './errors.js';
import { mapFargateProfile, mapNodeGroup } from './map-compute.js';
import { hasKarpenterNodeAccessEntry, karpenterNodeRoleName } from './karpenter-access.js';
import { interruptionQueueNote } from './karpenter-interruption.js';
import { isolatedKarpenterNote } from './karpenter-isolated.js';
import { configEgress } from '../rules/facts/config-network.js';
import { hybridAddonNotes, mapIamAndAddons } from './map-iam-addons.js';
import { eksctlLaysOutSubnets, mapNetwork, mapRemoteNetwork, subnetRefs, type SubnetRef } from './map-network.js';
import { mergeExtra } from './merge-extra.js';
import { addPlaceholderNotes } from './placeholders.js';
import { carriesImportedFields, dropReplaced } from './replaced.js';
import { applyEksctlOrigin } from './origin-merge.js';
import { suppressionEntries, writeSuppressionAnnotation } from './suppression-annotation.js';
import type { ClusterConfig, ExportNote } from './types.js';
import { eksctlBuildsPrivateVpc } from '../model/cluster-network.js';

export interface BuildOptions {
  /** Part id of the cluster to export; needed only when the design has several clusters. */
  clusterId?: string;
}

/** The cluster to export, or a clear ExportError when there is none or the choice is ambiguous. */
export function selectCluster(index: DesignIndex, clusterId?: string): PartOf<'cluster'> {
  const clusters = index.ofKind('cluster');
  if (clusterId !== undefined) {
    const chosen = clusters.find((c) => c.id === clusterId);
    if (!chosen) {
      const names = clusters.map((c) => `${c.id} (${c.name})`);
      const known = joinList(names, 'en') || 'none';
      const knownJa = joinList(names, 'ja') || 'なし';
      throw new ExportError('unknown-cluster', { id: 'export.unknown-cluster', params: { id: clusterId, known, knownJa } });
    }
    return chosen;
  }
  if (clusters.length === 0) throw new ExportError('no-cluster', { id: 'export.no-cluster', params: {} });
  if (clusters.length > 1) {
    const names = clusters.map((c) => `${c.id} (${c.name})`);
    const params = { count: clusters.length, list: joinList(names, 'en'), listJa: joinList(names, 'ja') };
    throw new ExportError('several-clusters', { id: 'export.several-clusters', params });
  }
  return clusters[0]!;
}

/** The config plus the comments the YAML writer adds. */
export interface BuiltClusterConfig {
  config: ClusterConfig;
  cluster: PartOf<'cluster'>;
  notes: ExportNote[];
  /** How the config names each drawn subnet (by subnet part id), so a config path can be traced to its part. */
  subnetRefs: ReadonlyMap<string, SubnetRef>;
}

/** Like buildClusterConfig, also returning the chosen cluster and the YAML comments. */
export function buildClusterConfigDetailed(design: Design, opts: BuildOptions = {}): BuiltClusterConfig {
  const index = new DesignIndex(design);
  return buildClusterConfigOf(index, selectCluster(index, opts.clusterId));
}

/**
 * The config export writes for `cluster`, from an index the caller already has (the rules build one per
 * validation and read every cluster's config through it: shared/rules/config-view.ts).
 */
export function buildClusterConfigOf(
  index: DesignIndex,
  cluster: PartOf<'cluster'>,
  /** `forRules`: only the values, for the rules' view: no key order, no YAML comments (they cost time, and rules read neither). */
  opts: { forRules?: boolean } = {},
): BuiltClusterConfig {
  const { props } = cluster;
  const vpc = index.vpcOf(cluster);
  const drawnSubnets = vpc ? index.childrenOfKind(vpc, 'subnet') : [];
  const refs = subnetRefs(drawnSubnets, eksctlLaysOutSubnets(vpc, drawnSubnets));
  // The rules' view reads no comments: it skips composing them (the VPC layout comment alone is a twentieth of validation).
  const notes: ExportNote[] | undefined = opts.forRules ? undefined : [];

  const tags = { ...props.tags };
  // Karpenter's node classes find subnets and security groups by this tag; eksctl puts metadata.tags on
  // everything it creates.
  if (props.addons.nodeAutoscaler === 'karpenter' && !('karpenter.sh/discovery' in tags))
    tags['karpenter.sh/discovery'] = cluster.name;
  const metadata: ClusterConfig['metadata'] = { name: cluster.name, region: props.region, version: props.version };
  if (hasKeys(tags)) metadata.tags = tags;
  const config: ClusterConfig = { apiVersion: EKSCTL_API_VERSION, kind: EKSCTL_KIND, metadata };
  // EXTENDED is what EKS does anyway; only the non-default choice is written.
  if (props.supportType === 'STANDARD') config.upgradePolicy = { supportType: 'STANDARD' };

  mapNetwork(config, index, cluster, vpc, refs, notes);
  const remote = mapRemoteNetwork(index, vpc);
  if (remote) {
    config.remoteNetworkConfig = remote;
    // eksctl's fully-private VPC gets no gateway attachment or routes to remote networks (vpc_ipv4.go returns
    // before addHybridNodesNetworking); the rule network.fully-private-vpc-hybrid reports it as an error.
    if (eksctlBuildsPrivateVpc(cluster, vpc, vpc ? index.childrenOfKind(vpc, 'subnet') : []))
      notes?.push({
        path: ['remoteNetworkConfig'],
        text: " Fully private: eksctl's VPC gets no transit/virtual private gateway attachment and no routes to these\n remote networks; hybrid nodes cannot reach the cluster until you add them.",
        ja: ' 完全プライベート: eksctl の VPC には Transit Gateway や仮想プライベートゲートウェイのアタッチメントも、\n これらのリモートネットワークへのルートもありません。追加するまでハイブリッドノードはクラスターに到達できません。',
      });
    // eksctl requires the trust anchor's CA bundle for IAM Roles Anywhere; the design does not hold certificates.
    if (remote.iam.provider === 'IRA')
      notes?.push({
        path: ['remoteNetworkConfig', 'iam'],
        text: ' IAM Roles Anywhere: eksctl also needs caBundleCert (the CA bundle of your trust anchor) under iam:\n before it accepts this file.',
        ja: ' IAM Roles Anywhere: eksctl がこのファイルを受け付けるには、iam: の下に caBundleCert（トラストアンカーの\n CA バンドル）も必要です。',
      });
  }
  // Section by section rather than Object.assign: this runs for every cluster on every validation.
  const iamAndAddons = mapIamAndAddons(index, cluster);
  if (iamAndAddons.iam) config.iam = iamAndAddons.iam;
  if (iamAndAddons.addons) config.addons = iamAndAddons.addons;
  if (iamAndAddons.addonsConfig) config.addonsConfig = iamAndAddons.addonsConfig;
  if (iamAndAddons.karpenter) config.karpenter = iamAndAddons.karpenter;
  config.accessConfig = { authenticationMode: authenticationModeOf(cluster, notes) };

  const managed = index.childrenOfKind(cluster, 'managed-node-group');
  const selfManaged = index.childrenOfKind(cluster, 'self-managed-node-group');
  const profiles = index.childrenOfKind(cluster, 'fargate-profile');
  if (managed.length > 0) config.managedNodeGroups = mapNodeGroups(index, cluster, 'managedNodeGroups', managed, refs, notes);
  if (selfManaged.length > 0) config.nodeGroups = mapNodeGroups(index, cluster, 'nodeGroups', selfManaged, refs, notes);
  if (profiles.length > 0) {
    const fargateProfiles = [];
    for (let i = 0; i < profiles.length; i++) {
      const mapped = mapFargateProfile(profiles[i]!, refs, index);
      if (notes) for (const n of mapped.notes) notes.push({ ...n, path: ['fargateProfiles', i, ...n.path] });
      fargateProfiles.push(mapped.value);
    }
    config.fargateProfiles = fargateProfiles;
  }

  if (props.logging.length > 0) {
    // In eksctl's order, whatever order the design lists them in.
    const enableTypes = [];
    for (let i = 0; i < CONTROL_PLANE_LOG_TYPES.length; i++)
      if (props.logging.includes(CONTROL_PLANE_LOG_TYPES[i]!)) enableTypes.push(CONTROL_PLANE_LOG_TYPES[i]!);
    config.cloudWatch = { clusterLogging: { enableTypes } };
  }
  if (props.secretsEncryptionKeyArn !== '') config.secretsEncryption = { keyARN: props.secretsEncryptionKeyArn };

  mergeExtra(config, props.extra);
  // The design's suppressions, next to any annotations of the user's (after mergeExtra, so theirs come first).
  // The rules do not read them.
  if (!opts.forRules) writeSuppressionAnnotation(config, suppressionEntries(index, cluster, refs));
  if (carriesImportedFields(index, cluster)) dropReplaced(config, cluster);
  const ordered = opts.forRules ? config : orderClusterConfigKeys(config);
  // An imported cluster exports as the file it came from plus the edits made since (origin-merge.ts).
  const final = props.eksctlOrigin ? applyEksctlOrigin(ordered, props.eksctlOrigin) : ordered;
  if (notes) {
    addPlaceholderNotes(final, notes);
    // On the file as eksctl gets it, so an imported `withSpotInterruptionQueue: true` gets the comment too.
    const karpenter = final.karpenter;
    const note =
      karpenter?.withSpotInterruptionQueue === true && typeof karpenter.version === 'string'
        ? interruptionQueueNote(final.metadata.name, karpenter.version)
        : undefined;
    if (note) notes.push(note);
    // Where egress is unknown too (assumesNoEgress): the settings it gives also work with egress.
    const egress = karpenter ? configEgress(final) : 'open';
    if (karpenter && egress !== 'open') notes.push(isolatedKarpenterNote(final.metadata.name, karpenter, egress === 'unknown'));
    for (const n of hybridAddonNotes(final)) notes.push(n);
  }
  return {
    config: final,
    cluster,
    notes: notes ?? [],
    subnetRefs: refs,
  };
}

/** Whether `record` has an own key (Object.keys(record).length > 0 without the array). */
function hasKeys(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** One list of node groups (`managedNodeGroups` or `nodeGroups`), with their YAML comments moved under it. */
function mapNodeGroups<K extends 'managedNodeGroups' | 'nodeGroups'>(
  index: DesignIndex,
  cluster: PartOf<'cluster'>,
  key: K,
  groups: readonly PartOf<'managed-node-group' | 'self-managed-node-group'>[],
  refs: Map<string, SubnetRef>,
  notes: ExportNote[] | undefined,
): NonNullable<ClusterConfig[K]> {
  const out = [];
  for (let i = 0; i < groups.length; i++) {
    const mapped = mapNodeGroup(index, groups[i]!, cluster.name, cluster.props.addons, refs);
    if (notes) for (const n of mapped.notes) notes.push({ ...n, path: [key, i, ...n.path] });
    out.push(mapped.value);
  }
  return out as NonNullable<ClusterConfig[K]>;
}

/**
 * The authentication mode to write. eksctl maps Karpenter's node role only in the aws-auth ConfigMap, which
 * EKS ignores under `API` (eksctl issue #7750; facts in karpenter-access.ts), so with Karpenter a drawn
 * design's `API` is written as `API_AND_CONFIG_MAP`, with a comment saying why, unless the config carries an
 * `EC2_LINUX` access entry for that role. An imported file keeps its own mode (origin-merge would keep it
 * anyway); the rule eksctl.karpenter-nodes-cannot-join tells its user, whose edit of the mode then shows.
 */
function authenticationModeOf(
  cluster: PartOf<'cluster'>,
  notes: ExportNote[] | undefined,
): NonNullable<ClusterConfig['accessConfig']>['authenticationMode'] {
  const { props } = cluster;
  const mode = props.authenticationMode;
  if (props.addons.nodeAutoscaler !== 'karpenter' || mode === 'CONFIG_MAP') return mode;
  const path = ['accessConfig', 'authenticationMode'];
  const role = karpenterNodeRoleName(cluster.name);
  if (mode === 'API_AND_CONFIG_MAP') {
    notes?.push({
      path,
      text: ` Karpenter: eksctl maps its node role (${role}) in the aws-auth ConfigMap only,\n so the ConfigMap must stay in use for Karpenter's nodes to join (eksctl issue #7750).`,
      ja: ` Karpenter: eksctl はノードロール（${role}）を aws-auth ConfigMap にしかマッピングしないため、\n Karpenter のノードが参加するには ConfigMap を使い続ける必要があります（eksctl issue #7750）。`,
    });
    return mode;
  }
  const extra = props.extra?.['accessConfig'];
  const entries = typeof extra === 'object' && extra !== null ? (extra as Record<string, unknown>)['accessEntries'] : undefined;
  if (props.eksctlOrigin || hasKarpenterNodeAccessEntry(entries, cluster.name)) return mode;
  notes?.push({
    path,
    text: ` The design says API, but eksctl maps Karpenter's node role (${role}) in the aws-auth\n ConfigMap only, which EKS ignores under API: Karpenter's nodes would never join (eksctl issue #7750).\n API_AND_CONFIG_MAP keeps that mapping working; access entries work as under API.`,
    ja: ` 設計は API ですが、eksctl は Karpenter のノードロール（${role}）を aws-auth ConfigMap にしか\n マッピングせず、API では EKS がそれを無視するため、Karpenter のノードが参加できません（eksctl issue #7750）。\n API_AND_CONFIG_MAP ならそのマッピングが働き、アクセスエントリも API と同じように使えます。`,
  });
  return 'API_AND_CONFIG_MAP';
}

/**
 * The eksctl `ClusterConfig` (eksctl.io/v1alpha5) for one cluster of `design`, as a plain object with
 * keys in eksctl's order. Throws ExportError when the design has no cluster, or several and no `clusterId`.
 */
export function buildClusterConfig(design: Design, opts: BuildOptions = {}): ClusterConfig {
  return buildClusterConfigDetailed(design, opts).config;
}
