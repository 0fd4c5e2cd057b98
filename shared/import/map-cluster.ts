/**
 * ClusterConfig -> the cluster part's props: metadata, endpoint access, logging, encryption, access and
 * upgrade policies, IP family, and the add-on switches (EKS add-ons, controllers' IAM, autoscaler).
 * Absent fields take eksctl's defaults, not the canvas's, so the imported design means what eksctl would build.
 */
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import { ADDONS, addonRow, SWITCH_ROWS, type AddonRow } from '../model/addons.js';
import { addonsSchema, CONTROL_PLANE_LOG_TYPES, clusterPropsSchema, type Addons, type PropsOf } from '../model/parts.js';
import { bool, extraOf, isObj, list, obj, str, stringMap, strings, type Obj } from './values.js';

/** Every well-known policy or add-on policy flag set anywhere: on node groups, service accounts, associations, add-ons. */
function policyFlags(config: Obj): Set<string> {
  const flags = new Set<string>();
  const add = (policies: unknown) => {
    for (const [k, v] of Object.entries(obj(policies))) if (v === true) flags.add(k);
  };
  for (const ng of [...list(config['nodeGroups']), ...list(config['managedNodeGroups'])])
    add(obj(obj(ng)['iam'])['withAddonPolicies']);
  const iam = obj(config['iam']);
  for (const sa of list(iam['serviceAccounts'])) add(obj(sa)['wellKnownPolicies']);
  for (const pia of list(iam['podIdentityAssociations'])) add(obj(pia)['wellKnownPolicies']);
  for (const addon of list(config['addons'])) add(obj(addon)['wellKnownPolicies']);
  return flags;
}

function mapAddons(config: Obj): Addons {
  const names = new Set(list(config['addons']).map((a) => str(obj(a)['name'])));
  const defaults = obj(config['addonsConfig'])['disableDefaultAddons'] !== true;
  const flags = policyFlags(config);
  const karpenter = isObj(config['karpenter']);
  // A switch is on when the file lists its EKS add-on (or EKS installs it by default), or gives its
  // controller's policies anywhere.
  const inFile = (row: AddonRow) =>
    (row.installedByDefault === true && defaults) ||
    (row.eksAddon !== undefined && names.has(row.eksAddon)) ||
    (row.importFlags ?? []).some((f) => flags.has(f));
  const autoscaler = ADDONS.find((row) => typeof row.switch !== 'string' && row.switch.nodeAutoscaler === 'cluster-autoscaler')!;
  return addonsSchema.parse({
    ...Object.fromEntries(SWITCH_ROWS.map((row) => [row.switch, inFile(row)])),
    nodeAutoscaler: karpenter ? 'karpenter' : inFile(autoscaler) ? 'cluster-autoscaler' : 'none',
    ...(karpenter && str(obj(config['karpenter'])['version'])
      ? { karpenterVersion: str(obj(config['karpenter'])['version']) }
      : {}),
  });
}

function mapLogging(config: Obj): PropsOf<'cluster'>['logging'] {
  const wanted = strings(obj(obj(config['cloudWatch'])['clusterLogging'])['enableTypes']);
  if (wanted.some((t) => t === '*' || t.toLowerCase() === 'all')) return [...CONTROL_PLANE_LOG_TYPES];
  return CONTROL_PLANE_LOG_TYPES.filter((t) => wanted.includes(t));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => typeof value === 'string' && a.toLowerCase() === value.toLowerCase());
}

/** The cluster part's props for `config` (a schema-valid ClusterConfig). */
export function mapClusterProps(config: Obj): PropsOf<'cluster'> {
  const meta = obj(config['metadata']);
  const vpc = obj(config['vpc']);
  const endpoints = obj(vpc['clusterEndpoints']);
  const privateCluster = obj(config['privateCluster'])['enabled'] === true;
  const knc = obj(config['kubernetesNetworkConfig']);
  const iam = obj(config['iam']);
  // Pod Identity only when the file uses it; controllers that get their policies through the node role
  // (withAddonPolicies) or IRSA read as IRSA, so no rule asks for an agent the file never needed.
  const names = list(config['addons']).map((a) => str(obj(a)['name']));
  // (withOIDC alone says nothing: Karpenter and IPv6 turn it on either way.)
  const irsaUsed =
    list(iam['serviceAccounts']).length > 0 || list(config['addons']).some((a) => obj(a)['wellKnownPolicies'] !== undefined);
  const podIdentity =
    list(iam['podIdentityAssociations']).length > 0 || (names.includes(addonRow('podIdentityAgent').eksAddon ?? '') && !irsaUsed);
  const irsa = !podIdentity;
  return clusterPropsSchema.parse({
    region: str(meta['region']) ?? '',
    // eksctl picks its own default version when none is given, and resolves "auto" to that default and
    // "latest" to the newest version EKS offers (ResolveClusterVersion, pkg/eks/versions_manager.go): recent
    // ones, which the calendar's newest stands for. The file's own word is written back while unedited.
    version: kubernetesVersion(str(meta['version'])),
    endpointAccess: {
      // eksctl's default endpoint is public only; a private cluster's is private only.
      public: privateCluster ? false : (bool(endpoints['publicAccess']) ?? true),
      private: privateCluster ? true : (bool(endpoints['privateAccess']) ?? false),
      publicAccessCidrs: strings(vpc['publicAccessCIDRs']),
    },
    fullyPrivate: privateCluster,
    logging: mapLogging(config),
    secretsEncryptionKeyArn: str(obj(config['secretsEncryption'])['keyARN']) ?? '',
    // eksctl's default when accessConfig is absent.
    authenticationMode:
      oneOf(obj(config['accessConfig'])['authenticationMode'], ['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP'] as const) ??
      'API_AND_CONFIG_MAP',
    supportType: oneOf(obj(config['upgradePolicy'])['supportType'], ['STANDARD', 'EXTENDED'] as const) ?? 'EXTENDED',
    ipFamily: oneOf(knc['ipFamily'], ['IPv4', 'IPv6'] as const) ?? 'IPv4',
    serviceIpv4Cidr: str(knc['serviceIPv4CIDR']) ?? '',
    controllerIdentity: irsa ? 'irsa' : 'pod-identity',
    addons: mapAddons(config),
    tags: stringMap(meta['tags']),
    extra: clusterExtra(config),
  });
}

/**
 * Fields the cluster's props (or the on-premises network part) model. They must not also sit in `extra`:
 * merged back on export, they would undo an edit such as turning logging off or removing the network.
 * (`iam.withOIDC` stays in extra: the exporter also turns it on for workloads the file cannot describe.)
 */
const MODELLED_PATHS: readonly string[][] = [
  ['availabilityZones'],
  ['metadata', 'name'],
  ['metadata', 'region'],
  ['metadata', 'version'],
  ['metadata', 'tags'],
  ['cloudWatch', 'clusterLogging', 'enableTypes'],
  ['secretsEncryption', 'keyARN'],
  ['upgradePolicy', 'supportType'],
  ['accessConfig', 'authenticationMode'],
  ['kubernetesNetworkConfig', 'ipFamily'],
  ['kubernetesNetworkConfig', 'serviceIPv4CIDR'],
  ['karpenter', 'version'],
  ['privateCluster', 'enabled'],
  ['privateCluster', 'additionalEndpointServices'],
  ['addonsConfig', 'disableDefaultAddons'],
  ['remoteNetworkConfig', 'iam', 'provider'],
  ['remoteNetworkConfig', 'vpcGatewayID'],
  ['remoteNetworkConfig', 'remoteNodeNetworks'],
  ['remoteNetworkConfig', 'remotePodNetworks'],
];

/** Deletes `path` from `target`, and every object the deletion leaves empty on the way. */
function deletePath(target: Obj, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(target, head)) return;
  if (rest.length === 0) delete target[head];
  else if (isObj(target[head])) {
    deletePath(target[head], rest);
    if (Object.keys(target[head]).length === 0) delete target[head];
  }
}

/** EKS add-ons the cluster's switches stand for; listed by name only, the switch says it all. */
const SWITCHED_ADDONS = new Set<string>(ADDONS.flatMap((row) => ('eksAddon' in row ? [row.eksAddon] : [])));

/** Top-level fields other parts do not own, minus the ones the cluster's props model. */
function clusterExtra(config: Obj): Obj | undefined {
  const extra = extraOf(config, ['apiVersion', 'kind', 'vpc', 'nodeGroups', 'managedNodeGroups', 'fargateProfiles']) ?? {};
  for (const path of MODELLED_PATHS) deletePath(extra, path);
  if (Array.isArray(extra['addons'])) {
    // An add-on with settings (version, configuration values) keeps them in extra; a bare name is the switch.
    const addons = extra['addons'].filter(
      (a) => !(SWITCHED_ADDONS.has(str(obj(a)['name']) ?? '') && Object.keys(obj(a)).length === 1),
    );
    if (addons.length > 0) extra['addons'] = addons;
    else delete extra['addons'];
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}

/** `metadata.version` as a version: unset, "", "auto" and "latest" are the versions eksctl resolves them to. */
function kubernetesVersion(version: string | undefined): string {
  return version === undefined || version === '' || version === 'auto' || version === 'latest'
    ? KUBERNETES_VERSION_CALENDAR.versions[0]!.version
    : version;
}
