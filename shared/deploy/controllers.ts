/**
 * Which controllers a cluster needs after `eksctl create cluster`, each with its chart, values and namespace.
 * Pure: the design and the ClusterConfig the export writes for it go in, install descriptions come out.
 */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import type { ClusterConfig } from '../export/types.js';
import {
  CLUSTER_AUTOSCALER_RELEASES,
  CLUSTER_AUTOSCALER_REPO,
  KARPENTER_CHART_REPO,
  KARPENTER_LATEST,
  karpenterSupportRange,
  kubernetesInRange,
  PINNED_CHARTS,
  type PinnedChart,
} from './chart-versions.js';
import { cilium, hasHybridNodes, HYBRID_COMPUTE_TYPE } from './cilium.js';
import { configEgress, type ConfigEgress } from '../rules/facts/config-network.js';
import { needsNvidiaDevicePlugin } from '../rules/facts/nvidia-node-groups.js';
import { isNvidiaInstanceType } from '../data/instance-types.js';
import { karpenterAmiAlias } from '../manifests/karpenter.js';
import { serviceAccountOf } from './service-accounts.js';
import { serviceTypeOf } from '../manifests/load-balancing.js';
import { OS_LABEL } from '../manifests/pod-template.js';
import { karpenterInterruptionQueueName, karpenterReadsEksctlQueueName } from '../export/karpenter-interruption.js';
import { CONTROLLER_IDS, type ControllerInstall, type Localized, type UpgradeAfterEksctl } from './types.js';

/** Node label eksctl puts on the nodes of every node group it creates, managed or self-managed. */
export const EKSCTL_NODEGROUP_LABEL = 'alpha.eksctl.io/nodegroup-name';

/** Cluster Autoscaler's auto-discovery tags: EKS puts them on managed node groups' ASGs, the export on self-managed ones. */
export function autoDiscoveryTags(clusterName: string): string[] {
  return ['k8s.io/cluster-autoscaler/enabled', `k8s.io/cluster-autoscaler/${clusterName}`];
}

function unsupportedText(title: string, version: string, k8s: string, suggestion: string): Localized {
  return {
    en: `${title} ${version} does not support Kubernetes ${k8s}. ${suggestion}`,
    ja: `${title} ${version} は Kubernetes ${k8s} をサポートしていません。${suggestion}`,
  };
}

/** A Helm-installed controller's note when its pinned chart does not support the cluster's Kubernetes version. */
function supportOn(k8s: string, title: string, pin: PinnedChart): Pick<ControllerInstall, 'unsupported'> {
  return kubernetesInRange(k8s, pin.minKubernetes) ? {} : { unsupported: unsupportedText(title, pin.chart.appVersion, k8s, '') };
}

/**
 * `nodeSelector: kubernetes.io/os: linux` for a controller whose image is Linux only, when the cluster has Windows
 * node groups: the charts of the AWS Load Balancer Controller, ExternalDNS and Cluster Autoscaler set no node
 * selector, and EKS does not taint Windows nodes, so a replica could land on a Windows node and never pull its
 * image (https://docs.aws.amazon.com/eks/latest/userguide/windows-support.html recommends the selector).
 */
function linuxNodes(config: ClusterConfig): { nodeSelector?: Record<string, string> } {
  const groups = [...(config.managedNodeGroups ?? []), ...(config.nodeGroups ?? [])];
  return groups.some((ng) => ng.amiFamily?.startsWith('WindowsServer') === true) ? { nodeSelector: { [OS_LABEL]: 'linux' } } : {};
}

/**
 * In a cluster with hybrid nodes and cloud compute, the AWS Load Balancer Controller's webhooks (the control plane calls
 * them for every Service, Ingress and pod) run on cloud nodes, as AWS asks for mixed-mode clusters: an on-premises pod
 * network is reachable from the control plane only where it is routed (hybrid-nodes-webhooks.html). A custom affinity
 * replaces the chart's default one (configureDefaultAffinity), whose anti-affinity is kept.
 */
function lbcOnCloudNodes(config: ClusterConfig): { affinity?: Record<string, unknown> } {
  const cloud =
    (config.managedNodeGroups ?? []).length + (config.nodeGroups ?? []).length + (config.fargateProfiles ?? []).length > 0;
  if (!hasHybridNodes(config) || !cloud) return {};
  return {
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: HYBRID_COMPUTE_TYPE.key, operator: 'NotIn', values: [HYBRID_COMPUTE_TYPE.value] }] },
          ],
        },
      },
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              labelSelector: {
                matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['aws-load-balancer-controller'] }],
              },
              topologyKey: 'kubernetes.io/hostname',
            },
          },
        ],
      },
    },
  };
}

function loadBalancerController(config: ClusterConfig, withoutEgress: boolean): ControllerInstall {
  const { name, region, version } = config.metadata;
  const sa = serviceAccountOf(config, 'kube-system', 'aws-load-balancer-controller');
  return {
    id: 'aws-load-balancer-controller',
    title: 'AWS Load Balancer Controller',
    installedBy: 'helm',
    namespace: 'kube-system',
    release: 'aws-load-balancer-controller',
    chart: PINNED_CHARTS.awsLoadBalancerController.chart,
    values: {
      clusterName: name,
      region,
      serviceAccount: { create: sa.createdBy === 'chart', name: sa.name },
      // Without internet egress: Shield, WAF and WAFv2 have no VPC endpoints, and AWS asks private clusters to turn
      // them off (https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html).
      ...(withoutEgress ? { enableShield: false, enableWaf: false, enableWafv2: false } : {}),
      ...linuxNodes(config),
      ...lbcOnCloudNodes(config),
    },
    // The controller would otherwise read the VPC id from instance metadata, which IMDSv2's hop limit can hide from pods.
    valuesFromCluster: [{ key: 'vpcId', variable: 'VPC_ID' }],
    workload: { kind: 'deployment', name: 'aws-load-balancer-controller' },
    serviceAccount: sa,
    reason: {
      en: 'Creates the ALBs for Ingresses and the NLBs for Services of type LoadBalancer.',
      ja: 'Ingress の ALB と、type LoadBalancer の Service の NLB を作成します。',
    },
    ...supportOn(version, 'AWS Load Balancer Controller', PINNED_CHARTS.awsLoadBalancerController),
  };
}

function clusterAutoscaler(config: ClusterConfig): ControllerInstall {
  const { name, region, version } = config.metadata;
  const sa = serviceAccountOf(config, 'kube-system', 'cluster-autoscaler');
  const known = CLUSTER_AUTOSCALER_RELEASES[version];
  const newest = Object.keys(CLUSTER_AUTOSCALER_RELEASES).at(-1)!;
  const release = known ?? CLUSTER_AUTOSCALER_RELEASES[newest]!;
  return {
    id: 'cluster-autoscaler',
    title: 'Cluster Autoscaler',
    installedBy: 'helm',
    namespace: 'kube-system',
    release: 'cluster-autoscaler',
    chart: { repo: CLUSTER_AUTOSCALER_REPO, name: 'cluster-autoscaler', version: release.chart, appVersion: release.image },
    values: {
      cloudProvider: 'aws',
      awsRegion: region,
      autoDiscovery: { clusterName: name, tags: autoDiscoveryTags(name) },
      // The chart would name its Deployment "cluster-autoscaler-aws-cluster-autoscaler".
      fullnameOverride: 'cluster-autoscaler',
      image: { tag: release.image },
      rbac: { serviceAccount: { create: sa.createdBy === 'chart', name: sa.name } },
      extraArgs: { 'balance-similar-node-groups': true, expander: 'least-waste' },
      ...linuxNodes(config),
    },
    valuesFromCluster: [],
    workload: { kind: 'deployment', name: 'cluster-autoscaler' },
    serviceAccount: sa,
    reason: {
      en: 'Adds and removes nodes of the node groups as pods wait or nodes sit idle.',
      ja: 'Pod が待機しているときやノードが空いているときに、ノードグループのノードを増減します。',
    },
    ...(known
      ? {}
      : {
          unsupported: unsupportedText(
            'Cluster Autoscaler',
            release.image,
            version,
            `Cluster Autoscaler ${version} is not in this app's list yet.`,
          ),
        }),
  };
}

function cloudMapNamespaces(index: DesignIndex, cluster: PartOf<'cluster'>): PartOf<'cloud-map'>[] {
  const seen = new Map<string, PartOf<'cloud-map'>>();
  for (const w of index.workloadsOf(cluster)) for (const ns of index.targetsOf(w, 'cloud-map')) seen.set(ns.id, ns);
  return [...seen.values()].sort((a, b) => a.props.namespaceName.localeCompare(b.props.namespaceName));
}

/**
 * Whether a workload registered in Cloud Map has a ClusterIP Service: ExternalDNS skips those unless run with
 * --publish-internal-services (https://kubernetes-sigs.github.io/external-dns/latest/docs/flags/).
 */
function registersClusterIpService(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  for (const w of index.workloadsOf(cluster))
    if (index.targetsOf(w, 'cloud-map').length > 0 && serviceTypeOf(index, w) === 'ClusterIP') return true;
  return false;
}

/**
 * ExternalDNS as the IAM cluster.yaml gives it allows: the aws-sd provider (Cloud Map) when a workload of the cluster
 * registers in a Cloud Map namespace, which is when the export adds the Cloud Map policy (map-iam-addons.ts); else the
 * aws provider (Route 53), all that eksctl's `externalDNS` well-known policy grants (route53:ChangeResourceRecordSets,
 * ListHostedZones, ListResourceRecordSets, ListTagsForResource; eksctl pkg/cfn/builder/statement.go). aws-sd without
 * the Cloud Map policy fails on its first servicediscovery:ListNamespaces.
 */
function externalDns(index: DesignIndex, cluster: PartOf<'cluster'>, config: ClusterConfig): ControllerInstall {
  const { name, region, version } = config.metadata;
  const sa = serviceAccountOf(config, 'kube-system', 'external-dns');
  const namespaces = cloudMapNamespaces(index, cluster);
  const cloudMap = namespaces.length > 0;
  const types = new Set(namespaces.map((n) => n.props.namespaceType));
  // aws-sd looks at public or private DNS namespaces or both; HTTP namespaces have no zone type.
  const zoneType =
    types.size === 1 && types.has('DNS_PRIVATE') ? 'private' : types.size === 1 && types.has('DNS_PUBLIC') ? 'public' : undefined;
  const extraArgs = [
    ...(zoneType ? [`--aws-zone-type=${zoneType}`] : []),
    ...(registersClusterIpService(index, cluster) ? ['--publish-internal-services'] : []),
  ];
  return {
    id: 'external-dns',
    title: 'ExternalDNS',
    installedBy: 'helm',
    namespace: 'kube-system',
    release: 'external-dns',
    chart: PINNED_CHARTS.externalDns.chart,
    values: {
      provider: { name: cloudMap ? 'aws-sd' : 'aws' },
      // Ownership records: in Cloud Map itself (no TXT records in a Cloud Map namespace), else TXT records beside the
      // ones it writes in Route 53.
      registry: cloudMap ? 'aws-sd' : 'txt',
      txtOwnerId: name,
      // upsert-only never deletes a registration it did not make.
      policy: 'upsert-only',
      sources: ['service', 'ingress'],
      domainFilters: namespaces.map((n) => n.props.namespaceName),
      ...(extraArgs.length > 0 ? { extraArgs } : {}),
      env: [{ name: 'AWS_DEFAULT_REGION', value: region }],
      serviceAccount: { create: sa.createdBy === 'chart', name: sa.name },
      ...linuxNodes(config),
    },
    valuesFromCluster: [],
    workload: { kind: 'deployment', name: 'external-dns' },
    serviceAccount: sa,
    reason: cloudMap
      ? {
          en: `Registers Services and Ingresses in AWS Cloud Map (${namespaces.map((n) => n.props.namespaceName).join(', ')}) with the aws-sd provider.`,
          ja: `aws-sd プロバイダーで Service と Ingress を AWS Cloud Map（${namespaces.map((n) => n.props.namespaceName).join('、')}）に登録します。`,
        }
      : {
          en: 'Creates Route 53 records for the host names of Services and Ingresses (external-dns.alpha.kubernetes.io/hostname annotations, Ingress hosts) with the aws provider.',
          ja: 'aws プロバイダーで、Service と Ingress のホスト名（external-dns.alpha.kubernetes.io/hostname アノテーション、Ingress の host）の Route 53 レコードを作成します。',
        },
    ...supportOn(version, 'ExternalDNS', PINNED_CHARTS.externalDns),
  };
}

function metricsServer(): ControllerInstall {
  return {
    id: 'metrics-server',
    title: 'Metrics Server',
    installedBy: 'eks-addon',
    namespace: 'kube-system',
    release: 'metrics-server',
    values: {},
    valuesFromCluster: [],
    workload: { kind: 'deployment', name: 'metrics-server' },
    reason: {
      en: 'Serves the CPU and memory metrics the HorizontalPodAutoscaler scales on; eksctl installs it as the EKS add-on metrics-server.',
      ja: 'HorizontalPodAutoscaler がスケールの判断に使う CPU とメモリのメトリクスを提供します。eksctl が EKS アドオン metrics-server としてインストールします。',
    },
  };
}

/** Node groups with NVIDIA GPUs whose AMI lacks the device plugin (Bottlerocket's NVIDIA variants ship it). */
function gpuNodeGroups(config: ClusterConfig): { name: string; taints: { key: string; effect: string }[] }[] {
  const groups = [...(config.managedNodeGroups ?? []), ...(config.nodeGroups ?? [])];
  return groups
    .filter(needsNvidiaDevicePlugin)
    .map((ng) => ({ name: ng.name, taints: (ng.taints ?? []).map((t) => ({ key: t.key, effect: t.effect })) }));
}

/**
 * Whether the NodePool the bundle writes for Karpenter (shared/manifests/karpenter.ts: the family of the cluster's
 * Karpenter instance type) launches NVIDIA nodes on an AMI without the device plugin. Karpenter's al2023 and al2
 * aliases pick the NVIDIA AMI variant for such types, which has the drivers but not the plugin, so without it no
 * node offers nvidia.com/gpu and GPU Pods stay Pending (Karpenter's docs: "GPU Resources").
 */
function karpenterLaunchesNvidiaWithoutPlugin(index: DesignIndex, cluster: PartOf<'cluster'>, config: ClusterConfig): boolean {
  if (!config.karpenter) return false;
  return (
    isNvidiaInstanceType(cluster.props.addons.karpenterCapacity.instanceType) &&
    !karpenterAmiAlias(index, cluster).startsWith('bottlerocket')
  );
}

/** Node label Karpenter puts on the nodes it launches with NVIDIA GPUs (its well-known labels). */
export const KARPENTER_GPU_MANUFACTURER_LABEL = 'karpenter.k8s.aws/instance-gpu-manufacturer';

function nvidiaDevicePlugin(
  config: ClusterConfig,
  groups: ReturnType<typeof gpuNodeGroups>,
  onKarpenterNodes: boolean,
): ControllerInstall {
  const { version } = config.metadata;
  // The chart's default tolerations, kept because a list value replaces the default list.
  const tolerations: { key: string; operator: 'Exists'; effect?: string }[] = [
    { key: 'CriticalAddonsOnly', operator: 'Exists' },
    { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
  ];
  for (const t of groups.flatMap((g) => g.taints))
    if (!tolerations.some((x) => x.key === t.key && x.effect === t.effect))
      tolerations.push({ key: t.key, operator: 'Exists', effect: t.effect });
  // The chart's default affinity waits for Node Feature Discovery labels, which an EKS node does not have; the GPU
  // node groups are known by name instead, and Karpenter's NVIDIA nodes by its label (terms are ORed).
  const nodeSelectorTerms: { matchExpressions: { key: string; operator: 'In'; values: string[] }[] }[] = [];
  if (groups.length > 0)
    nodeSelectorTerms.push({
      matchExpressions: [{ key: EKSCTL_NODEGROUP_LABEL, operator: 'In', values: groups.map((g) => g.name) }],
    });
  if (onKarpenterNodes)
    nodeSelectorTerms.push({ matchExpressions: [{ key: KARPENTER_GPU_MANUFACTURER_LABEL, operator: 'In', values: ['nvidia'] }] });
  const names = groups.map((g) => g.name);
  const en = [...names, ...(onKarpenterNodes ? ['the NVIDIA nodes Karpenter launches'] : [])].join(', ');
  const ja = [...names, ...(onKarpenterNodes ? ['Karpenter が起動する NVIDIA ノード'] : [])].join('、');
  return {
    id: 'nvidia-device-plugin',
    title: 'NVIDIA device plugin',
    installedBy: 'helm',
    namespace: 'nvidia-device-plugin',
    release: 'nvidia-device-plugin',
    chart: PINNED_CHARTS.nvidiaDevicePlugin.chart,
    values: {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } },
      tolerations,
    },
    valuesFromCluster: [],
    workload: { kind: 'daemonset', name: 'nvidia-device-plugin' },
    reason: {
      en: `Makes the GPUs of ${en} schedulable as nvidia.com/gpu.`,
      ja: `${ja} の GPU を nvidia.com/gpu として Pod に割り当てられるようにします。`,
    },
    ...supportOn(version, 'NVIDIA device plugin', PINNED_CHARTS.nvidiaDevicePlugin),
  };
}

/**
 * The chart settings eksctl does not give Karpenter, set by a `helm upgrade --reuse-values` after eksctl installed it:
 * - the interruption queue eksctl created, when eksctl passes its name where this Karpenter does not look (facts in
 *   shared/export/karpenter-interruption.ts);
 * - `settings.isolatedVPC` without internet egress, or where it is unknown (assumesNoEgress): Karpenter then skips the AWS Price List API, which has no VPC
 *   endpoint (Karpenter's "Private Clusters" guide; eksctl pkg/karpenter/karpenter.go never sets it).
 */
function karpenterSettingsAfterEksctl(config: ClusterConfig, withoutEgress: boolean): KarpenterSettingsAfterEksctl {
  const k = config.karpenter;
  return {
    ...(k?.withSpotInterruptionQueue === true && !karpenterReadsEksctlQueueName(k.version)
      ? { interruptionQueue: karpenterInterruptionQueueName(config.metadata.name) }
      : {}),
    ...(withoutEgress ? { isolatedVPC: true } : {}),
  };
}

interface KarpenterSettingsAfterEksctl {
  interruptionQueue?: string;
  isolatedVPC?: true;
}

/**
 * The step that sets `settings` (karpenterSettingsAfterEksctl) on the release eksctl installed. `egressUnknown`: a
 * fully-private cluster in an existing VPC, whose routes eksctl leaves as they are; the text then names the assumption.
 */
function karpenterUpgrade(
  { interruptionQueue: queue, isolatedVPC }: KarpenterSettingsAfterEksctl,
  egressUnknown: boolean,
): UpgradeAfterEksctl | undefined {
  const withoutEgress = isolatedVPC === true;
  if (queue === undefined && !withoutEgress) return undefined;
  const set: UpgradeAfterEksctl['set'] = [];
  const env: UpgradeAfterEksctl['env'] = [];
  const en: string[] = [];
  const ja: string[] = [];
  if (queue !== undefined) {
    set.push({ key: 'settings.interruptionQueue', value: queue });
    env.push({ name: 'INTERRUPTION_QUEUE', value: queue });
    en.push(
      `eksctl created the SQS queue ${queue}, into which EventBridge sends Spot interruption warnings, rebalance recommendations, scheduled changes and instance state changes, but passed its name to Karpenter as settings.interruptionQueueName, which Karpenter 0.33 and later do not read (eksctl issue #7697). settings.interruptionQueue makes Karpenter drain a Spot node before EC2 reclaims it.`,
    );
    ja.push(
      `eksctl は SQS キュー ${queue} を作成し、EventBridge がスポットの中断通知、リバランスの推奨、予定された変更、インスタンスの状態変化をそこへ送ります。しかし eksctl はその名前を settings.interruptionQueueName として Karpenter に渡しており、Karpenter 0.33 以降はこの値を読みません（eksctl issue #7697）。settings.interruptionQueue を設定すると、EC2 がスポットのノードを回収する前に Karpenter がそのノードをドレインします。`,
    );
  }
  if (withoutEgress) {
    set.push({ key: 'settings.isolatedVPC', value: 'true' });
    env.push({ name: 'ISOLATED_VPC', value: 'true' });
    en.push(
      egressUnknown
        ? 'The cluster is fully private in an existing VPC, whose routes eksctl leaves as they are, so it may have no internet egress (this step assumes none), and the AWS Price List API Karpenter calls to rank instance types has no VPC endpoint: settings.isolatedVPC makes Karpenter use the prices built into it instead (eksctl does not set it), which works with egress too.'
        : 'The cluster has no internet egress, and the AWS Price List API Karpenter calls to rank instance types has no VPC endpoint: settings.isolatedVPC makes Karpenter use the prices built into it instead (eksctl does not set it).',
    );
    ja.push(
      egressUnknown
        ? 'このクラスターは既存の VPC 内の完全プライベートクラスターで、eksctl は VPC のルートを変更しないため、インターネットへの出口がない可能性があります（この手順は出口がないものとして扱います）。Karpenter がインスタンスタイプの順位付けに呼び出す AWS Price List API には VPC エンドポイントがありません。settings.isolatedVPC を設定すると、Karpenter は組み込みの料金を使います（eksctl はこの値を設定しません）。出口がある場合もこの設定で動作します。'
        : 'このクラスターにはインターネットへの出口がなく、Karpenter がインスタンスタイプの順位付けに呼び出す AWS Price List API には VPC エンドポイントがありません。settings.isolatedVPC を設定すると、Karpenter は組み込みの料金を使います（eksctl はこの値を設定しません）。',
    );
  }
  return {
    title: !withoutEgress
      ? { en: 'Point Karpenter at its interruption queue', ja: 'Karpenter に中断キューを設定する' }
      : queue === undefined
        ? egressUnknown
          ? {
              en: 'Tell Karpenter its VPC may have no internet egress',
              ja: 'Karpenter にインターネットへの出口がない可能性がある VPC であることを設定する',
            }
          : {
              en: 'Tell Karpenter its VPC has no internet egress',
              ja: 'Karpenter にインターネットへの出口がない VPC であることを設定する',
            }
        : { en: 'Finish configuring Karpenter', ja: 'Karpenter の設定を仕上げる' },
    explain: {
      en: `${en.join(' ')} This keeps every other value eksctl gave the chart.`,
      ja: `${ja.join('')}この手順は eksctl がチャートに渡したほかの値をそのまま残します。`,
    },
    set,
    env,
  };
}

function karpenter(config: ClusterConfig, karpenterVersion: string, egress: ConfigEgress): ControllerInstall {
  const { name, version } = config.metadata;
  const range = karpenterSupportRange(karpenterVersion);
  const supported = range !== undefined && kubernetesInRange(version, range.min, range.max);
  const after = karpenterSettingsAfterEksctl(config, egress !== 'open');
  const upgrade = karpenterUpgrade(after, egress === 'unknown');
  // eksctl creates the service account itself unless `createServiceAccount` hands it to the chart
  // (pkg/actions/karpenter/create.go, pkg/karpenter/karpenter.go).
  const chartCreatesAccount = config.karpenter?.createServiceAccount === true;
  return {
    id: 'karpenter',
    title: 'Karpenter',
    installedBy: 'eksctl',
    namespace: 'karpenter',
    release: 'karpenter',
    chart: { repo: KARPENTER_CHART_REPO, name: 'karpenter', version: karpenterVersion, appVersion: karpenterVersion },
    // What eksctl passes to the chart that the chart reads (eksctl pkg/karpenter/karpenter.go; it also sets the
    // cluster endpoint and the role annotation once the cluster exists), and the settings the bundle sets afterwards
    // (karpenterSettingsAfterEksctl). eksctl's `settings.interruptionQueueName` is left out: Karpenter 0.33 and later
    // ignore it.
    values: {
      settings: { clusterName: name, ...after },
      serviceAccount: { create: chartCreatesAccount, name: 'karpenter' },
    },
    valuesFromCluster: [],
    workload: { kind: 'deployment', name: 'karpenter' },
    serviceAccount: { name: 'karpenter', iam: 'irsa', createdBy: chartCreatesAccount ? 'chart' : 'eksctl' },
    ...(upgrade ? { upgradeAfterEksctl: upgrade } : {}),
    reason: {
      en: `Launches nodes for pods that do not fit, from its NodePools; eksctl installs chart ${karpenterVersion} (cluster.yaml karpenter.version).`,
      ja: `収まらない Pod のために NodePool からノードを起動します。eksctl がチャート ${karpenterVersion} をインストールします（cluster.yaml の karpenter.version）。`,
    },
    ...(supported
      ? {}
      : {
          unsupported: {
            en: `Karpenter ${karpenterVersion} does not support Kubernetes ${version}${range ? ` (it supports ${range.min} to ${range.max})` : ''}. Set the cluster's Karpenter version to ${KARPENTER_LATEST}.`,
            ja: `Karpenter ${karpenterVersion} は Kubernetes ${version} をサポートしていません${range ? `（${range.min} 〜 ${range.max} に対応）` : ''}。クラスターの Karpenter のバージョンを ${KARPENTER_LATEST} にしてください。`,
          },
        }),
  };
}

/**
 * The on-premises networks of the cluster's VPC whose hybrid nodes run Cilium, the CNI the bundle installs (AWS's
 * build). A network that chose Calico gets none from the bundle: Calico is the user's to install there
 * (shared/deploy/outside-parts.ts says so), and a second CNI on the same nodes would fight it.
 */
function hybridNetworksWithCilium(index: DesignIndex, cluster: PartOf<'cluster'>): PartOf<'on-prem-network'>[] {
  const vpc = index.vpcOf(cluster);
  return vpc ? index.sourcesOf(vpc, 'on-prem-network').filter((net) => net.props.cni === 'cilium') : [];
}

/** The controllers `cluster` needs, in install order, consistent with `config` (its exported ClusterConfig). */
export function planControllers(index: DesignIndex, cluster: PartOf<'cluster'>, config: ClusterConfig): ControllerInstall[] {
  const a = cluster.props.addons;
  const out: ControllerInstall[] = [];
  // Set up for no egress where there is none and where it is unknown (assumesNoEgress): each setting works with egress too.
  const egress = configEgress(config);
  const withoutEgress = egress !== 'open';
  const ciliumNetworks = hybridNetworksWithCilium(index, cluster);
  if (hasHybridNodes(config) && ciliumNetworks.length > 0)
    out.push(
      cilium(
        config,
        ciliumNetworks.reduce((sum, net) => sum + net.props.hybridNodeCount, 0),
      ),
    );
  if (config.addons?.some((x) => x.name === 'metrics-server')) out.push(metricsServer());
  if (config.karpenter) out.push(karpenter(config, config.karpenter.version, egress));
  if (a.nodeAutoscaler === 'cluster-autoscaler') out.push(clusterAutoscaler(config));
  const gpus = gpuNodeGroups(config);
  const karpenterGpus = karpenterLaunchesNvidiaWithoutPlugin(index, cluster, config);
  if (gpus.length > 0 || karpenterGpus) out.push(nvidiaDevicePlugin(config, gpus, karpenterGpus));
  if (a.awsLoadBalancerController) out.push(loadBalancerController(config, withoutEgress));
  if (a.externalDns) out.push(externalDns(index, cluster, config));
  return out.sort((x, y) => CONTROLLER_IDS.indexOf(x.id) - CONTROLLER_IDS.indexOf(y.id));
}
