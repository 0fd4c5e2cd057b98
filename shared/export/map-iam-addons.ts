/**
 * `iam` (OIDC provider, IRSA service accounts, pod identity associations), `addons`, `addonsConfig` and
 * `karpenter`, from the cluster's add-on switches and its choice of IRSA or EKS Pod Identity.
 */
import type { DesignIndex } from '../model/design-index.js';
import { ADDONS, addonOn, addonRow, type AddonRow } from '../model/addons.js';
import type { Addons, PartOf } from '../model/parts.js';
import type { AddonConfig, ClusterConfig, ExportNote, PodIdentityAssociationConfig, ServiceAccountConfig } from './types.js';
import { declinesInterruptionQueue, karpenterMayLaunchSpot } from './karpenter-interruption.js';
import { workloadAssociation, workloadServiceAccount, workloadsWithPolicies } from './workload-iam.js';

/** Controllers that call AWS APIs: the add-on table's rows with a kube-system service account and policies. */
const CONTROLLERS = ADDONS.filter(
  (row): row is Extract<(typeof ADDONS)[number], { serviceAccount: string }> => 'serviceAccount' in row,
);

/** The rows that are EKS add-ons, in table order (the config lists the ones switched on). */
const EKS_ADDON_ROWS = (ADDONS as readonly AddonRow[]).filter((row) => row.eksAddon !== undefined);
/** The rows EKS installs unless told not to (addonsConfig.disableDefaultAddons). */
const INSTALLED_BY_DEFAULT = (ADDONS as readonly AddonRow[]).filter((row) => 'installedByDefault' in row);
const POD_IDENTITY_AGENT_ADDON = addonRow('podIdentityAgent').eksAddon;
const CLOUDWATCH_ADDON = addonRow('cloudWatchObservability').eksAddon;

/** The entry of `addons` named `name`. A loop, not find: no closure per call, and this runs for every cluster on every validation. */
function addonNamed(addons: readonly AddonConfig[], name: string | undefined): AddonConfig | undefined {
  for (let i = 0; i < addons.length; i++) if (addons[i]!.name === name) return addons[i];
  return undefined;
}

/** The kube-system service accounts of the controllers switched on, with the EKS add-on owning each, if any. */
export function controllerAccounts(a: Addons): { serviceAccount: string; addon?: string }[] {
  return CONTROLLERS.filter((c) => addonOn(c, a)).map((c) => ({
    serviceAccount: c.serviceAccount,
    ...('eksAddon' in c ? { addon: c.eksAddon } : {}),
  }));
}

/** The ARN of an AWS managed policy in the partition of `region`. */
function awsManagedPolicyArn(region: string, name: string): string {
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:iam::aws:policy/${name}`;
}

/** AWS managed policy ExternalDNS needs for Cloud Map; eksctl's `externalDNS` well-known policy covers Route 53 only. */
export function cloudMapPolicyArn(region: string): string {
  return awsManagedPolicyArn(region, 'AWSCloudMapFullAccess');
}

/** Whether any workload of the cluster registers in a Cloud Map namespace. */
function registersInCloudMap(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  return index.workloadsOf(cluster).some((w) => index.targetsOf(w, 'cloud-map').length > 0);
}

/**
 * The eks-pod-identity-agent add-on's configuration that also deploys its DaemonSet for hybrid nodes (add-on
 * 1.3.3 and later): https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-add-ons.html
 */
export const POD_IDENTITY_AGENT_HYBRID_VALUES = '{"daemonsets":{"hybrid":{"create":true}}}';

/** Whether the cluster is set up for hybrid nodes: an on-premises network connected to its VPC (remoteNetworkConfig). */
function hasHybridNodes(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  const vpc = index.vpcOf(cluster);
  return vpc !== undefined && index.sourcesOf(vpc, 'on-prem-network').length > 0;
}

/**
 * What a cluster set up for hybrid nodes still needs outside cluster.yaml, as comments on its add-ons: nodeadm's
 * credentials file for the Pod Identity Agent's hybrid DaemonSet, and the CloudWatch agent's RUN_WITH_IRSA.
 */
export function hybridAddonNotes(config: ClusterConfig): ExportNote[] {
  if (!config.remoteNetworkConfig || !config.addons) return [];
  const notes: ExportNote[] = [];
  config.addons.forEach((addon, i) => {
    if (addon.name === POD_IDENTITY_AGENT_ADDON && addon.configurationValues === POD_IDENTITY_AGENT_HYBRID_VALUES)
      notes.push({
        path: ['addons', i],
        text: " Hybrid nodes: the agent's hybrid DaemonSet reads the credentials file nodeadm writes only with\n hybrid.enableCredentialsFile: true in each hybrid node's NodeConfig (then run nodeadm init again).",
        ja: ' ハイブリッドノード: エージェントのハイブリッド用 DaemonSet は、各ハイブリッドノードの NodeConfig で\n hybrid.enableCredentialsFile: true にしたときに nodeadm が書く認証情報ファイルを読みます（その後 nodeadm init を再実行）。',
      });
    if (addon.name === CLOUDWATCH_ADDON)
      notes.push({
        path: ['addons', i],
        text: ' Hybrid nodes: the CloudWatch agent runs there only with RUN_WITH_IRSA=True, once the add-on is active:\n kubectl patch amazoncloudwatchagents cloudwatch-agent -n amazon-cloudwatch --type=json\n   -p \'[{"op":"add","path":"/spec/env/-","value":{"name":"RUN_WITH_IRSA","value":"True"}}]\'',
        ja: ' ハイブリッドノード: CloudWatch エージェントは RUN_WITH_IRSA=True のときだけ動きます。アドオンが有効になったら:\n kubectl patch amazoncloudwatchagents cloudwatch-agent -n amazon-cloudwatch --type=json\n   -p \'[{"op":"add","path":"/spec/env/-","value":{"name":"RUN_WITH_IRSA","value":"True"}}]\'',
      });
  });
  return notes;
}

export type IamAddonSections = Pick<ClusterConfig, 'iam' | 'addons' | 'addonsConfig' | 'karpenter'>;

export function mapIamAndAddons(index: DesignIndex, cluster: PartOf<'cluster'>): IamAddonSections {
  const { addons: a, controllerIdentity, ipFamily } = cluster.props;
  const irsa = controllerIdentity === 'irsa';
  const out: IamAddonSections = {};

  // Indexed loops and no closures below: this runs for every cluster on every validation, mostly before V8
  // optimises it.
  const addons: AddonConfig[] = [];
  for (let i = 0; i < EKS_ADDON_ROWS.length; i++) {
    const row = EKS_ADDON_ROWS[i]!;
    if (addonOn(row, a)) addons.push({ name: row.eksAddon! });
  }
  const serviceAccounts: ServiceAccountConfig[] = [];
  const associations: PodIdentityAssociationConfig[] = [];
  const cloudMapPolicy =
    a.externalDns && registersInCloudMap(index, cluster) ? [cloudMapPolicyArn(cluster.props.region)] : undefined;
  for (let i = 0; i < CONTROLLERS.length; i++) {
    const c = CONTROLLERS[i]!;
    if (!addonOn(c, a)) continue;
    const extraPolicies = c.serviceAccount === 'external-dns' ? cloudMapPolicy : undefined;
    // The EKS add-on that creates and owns the service account, when there is one.
    const ownedBy = 'eksAddon' in c ? addonNamed(addons, c.eksAddon) : undefined;
    if (irsa && ownedBy) {
      // The add-on creates its own service account, so its IRSA role is declared on the add-on (eksctl's
      // documented form); a separate iamserviceaccount would fight the add-on over the account.
      ownedBy.wellKnownPolicies = { ...c.policies };
    } else if (irsa) {
      serviceAccounts.push({
        metadata: { name: c.serviceAccount, namespace: 'kube-system' },
        ...(extraPolicies ? { attachPolicyARNs: extraPolicies } : {}),
        wellKnownPolicies: { ...c.policies },
      });
    } else if (ownedBy) {
      // The add-on's Pods start as soon as eksctl creates it, after the node groups, and eksctl creates
      // iam.podIdentityAssociations only after that (pkg/ctl/create/cluster.go). EKS sets a Pod's credentials
      // when the Pod is created, so an iam-level association would leave the running controller without its
      // role until it is restarted; an association declared on the add-on is created with it. The role EKS
      // recommends for the add-on's account carries the same managed policy as eksctl's well-known one.
      ownedBy.useDefaultPodIdentityAssociations = true;
    } else {
      // Pod identity binds a role to namespace/service account, whoever creates the account.
      associations.push({
        namespace: 'kube-system',
        serviceAccountName: c.serviceAccount,
        ...(extraPolicies ? { permissionPolicyARNs: extraPolicies } : {}),
        wellKnownPolicies: { ...c.policies },
      });
    }
  }

  // Workloads' own roles, after the controllers' (whose kube-system accounts they cannot share).
  const withPolicies = workloadsWithPolicies(index, cluster);
  for (let i = 0; i < withPolicies.length; i++) {
    const w = withPolicies[i]!;
    if (irsa) serviceAccounts.push(workloadServiceAccount(cluster.name, w));
    else associations.push(workloadAssociation(cluster.name, w));
  }

  // eksctl's IPv6 check: the VPC CNI needs pod identity (with default associations) or an OIDC provider.
  let cniNeedsOidc = false;
  const cni = addonNamed(addons, 'vpc-cni');
  if (ipFamily === 'IPv6' && cni) {
    if (a.podIdentityAgent) cni.useDefaultPodIdentityAssociations = true;
    else cniNeedsOidc = true;
  }

  const karpenter = a.nodeAutoscaler === 'karpenter';
  const hybrid = hasHybridNodes(index, cluster);
  // Hybrid nodes have no instance metadata: the Pod Identity Agent's DaemonSet for EC2 nodes does not run there,
  // and only its hybrid DaemonSet (off by default) serves their Pods, from the credentials file nodeadm writes.
  const agent = addonNamed(addons, POD_IDENTITY_AGENT_ADDON);
  if (agent && hybrid) agent.configurationValues = POD_IDENTITY_AGENT_HYBRID_VALUES;
  // The CloudWatch agents run on every node with the node's role unless the add-on gives them one. Node groups'
  // roles get the policy (withAddonPolicies.cloudWatch, map-compute.ts), but eksctl's Karpenter node role never
  // has it, and hybrid nodes have no node role the agents can reach (no instance metadata). There the add-on
  // takes EKS's recommended Pod Identity role when the agent serving it is there, else an IRSA role with the
  // agents' policy (eksctl has no recommended IRSA policy for this add-on, so it is named).
  const cloudWatch = addonNamed(addons, CLOUDWATCH_ADDON);
  let cloudWatchIrsa = false;
  if (cloudWatch && (karpenter || hybrid)) {
    if (a.podIdentityAgent) cloudWatch.useDefaultPodIdentityAssociations = true;
    else {
      cloudWatch.attachPolicyARNs = [awsManagedPolicyArn(cluster.props.region, 'CloudWatchAgentServerPolicy')];
      cloudWatchIrsa = true;
    }
  }
  const workloadsUseIrsa = irsa && anyUsesAwsApis(index.workloadsOf(cluster));
  const addonIrsa = irsa && anyWithWellKnownPolicies(addons);
  // eksctl leaves withOIDC off unless asked, and then refuses IRSA service accounts and Karpenter (and skips an
  // add-on's IRSA fields with a warning).
  const withOIDC =
    (irsa && (serviceAccounts.length > 0 || addonIrsa || workloadsUseIrsa)) || karpenter || cniNeedsOidc || cloudWatchIrsa;

  const iam: NonNullable<ClusterConfig['iam']> = {};
  if (withOIDC) iam.withOIDC = true;
  if (serviceAccounts.length > 0) iam.serviceAccounts = serviceAccounts;
  if (associations.length > 0) iam.podIdentityAssociations = associations;
  if (iam.withOIDC !== undefined || iam.serviceAccounts !== undefined || iam.podIdentityAssociations !== undefined) out.iam = iam;

  if (addons.length > 0) out.addons = addons;
  // Without this, EKS installs vpc-cni, coredns and kube-proxy even when the design leaves one out
  // (e.g. to run Cilium instead of the VPC CNI).
  if (anyOff(INSTALLED_BY_DEFAULT, a)) out.addonsConfig = { disableDefaultAddons: true };
  // Spot needs eksctl's interruption queue (karpenter-interruption.ts); the bundle then points Karpenter at it.
  if (karpenter)
    out.karpenter = {
      version: a.karpenterVersion,
      ...(karpenterMayLaunchSpot(a) && !declinesInterruptionQueue(cluster.props.extra)
        ? { withSpotInterruptionQueue: true }
        : {}),
    };
  return out;
}

function anyUsesAwsApis(workloads: readonly PartOf<'workload'>[]): boolean {
  for (let i = 0; i < workloads.length; i++) if (workloads[i]!.props.usesAwsApis) return true;
  return false;
}

function anyWithWellKnownPolicies(addons: readonly AddonConfig[]): boolean {
  for (let i = 0; i < addons.length; i++) if (addons[i]!.wellKnownPolicies !== undefined) return true;
  return false;
}

function anyOff(rows: readonly AddonRow[], a: Addons): boolean {
  for (let i = 0; i < rows.length; i++) if (!addonOn(rows[i]!, a)) return true;
  return false;
}
