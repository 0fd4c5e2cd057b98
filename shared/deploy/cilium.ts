/**
 * Cilium, the CNI of EKS Hybrid Nodes. The Amazon VPC CNI does not run on hybrid nodes (it has anti-affinity for
 * them), so until a CNI runs there they stay NotReady. Values as AWS's "Configure CNI for hybrid nodes" gives them:
 * the agent only on hybrid nodes (`eks.amazonaws.com/compute-type: hybrid`), cluster-pool IPAM handing each node
 * a /25 of the remote pod networks cluster.yaml declares, and the operator not restarting pods it does not manage.
 *
 * The operator is kept on the hybrid nodes too: AWS supports Cilium only there ("Cilium is not supported by AWS
 * when running on nodes in AWS Cloud"). The chart runs it as 2 replicas with a required pod anti-affinity on
 * `kubernetes.io/hostname` (one replica per node), so with a single hybrid node the second replica would stay
 * Pending for ever and `kubectl rollout status deployment/cilium-operator` would never finish: the replicas are
 * as many as the hybrid nodes, at most the chart's 2, at least 1.
 *
 * The chart is AWS's build (oci://public.ecr.aws/eks/cilium/cilium, chart-versions.ts): AWS supports Cilium on
 * hybrid nodes only in the builds it maintains, and DEPLOY.md says so.
 */
import type { ClusterConfig } from '../export/types.js';
import { CILIUM_KUBERNETES, PINNED_CHARTS, compareMinor, kubernetesInRange } from './chart-versions.js';
import type { Localized } from './types.js';
import type { ControllerInstall } from './types.js';

/** The node label EKS puts on hybrid nodes. */
export const HYBRID_COMPUTE_TYPE = { key: 'eks.amazonaws.com/compute-type', value: 'hybrid' } as const;
/** Pod addresses per node: a /25 (128), AWS's example. */
export const CILIUM_NODE_MASK_SIZE = 25;

/** The first sentence of Cilium's reason: which build it is, and why that one. */
const AWS_BUILD: Localized = {
  en: `This is AWS's build of Cilium, the one AWS supports for hybrid nodes. `,
  ja: `これは AWS が保守する Cilium のビルドで、AWS がハイブリッドノード向けにサポートするのはこのビルドです。`,
};

/** The chart's default operator replicas (values.yaml `operator.replicas`). */
export const CILIUM_OPERATOR_DEFAULT_REPLICAS = 2;

/** Operator replicas for `hybridNodes` hybrid nodes: one per node (the chart's anti-affinity), 1 to 2. */
export function ciliumOperatorReplicas(hybridNodes: number): number {
  return Math.max(1, Math.min(CILIUM_OPERATOR_DEFAULT_REPLICAS, hybridNodes));
}

/** Whether cluster.yaml connects hybrid nodes (it has a remote network). */
export function hasHybridNodes(config: ClusterConfig): boolean {
  // An imported entry may lack cidrs (the schema does not require them): it connects nothing.
  return (config.remoteNetworkConfig?.remoteNodeNetworks ?? []).some((n) => Array.isArray(n.cidrs) && n.cidrs.length > 0);
}

/** The node affinity that keeps a pod on hybrid nodes (AWS's cilium-values.yaml). */
function onHybridNodes() {
  return {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key: HYBRID_COMPUTE_TYPE.key, operator: 'In', values: [HYBRID_COMPUTE_TYPE.value] }] },
        ],
      },
    },
  };
}

/**
 * What Cilium 1.17 says of Kubernetes `version`: unsupported below the versions it is tested on (an older one has no
 * Cilium support), a note above them (it relies on Kubernetes' backward compatibility there, and AWS supports it on
 * hybrid nodes for every version EKS supports), nothing within.
 */
function kubernetesSupport(version: string, appVersion: string): { unsupported?: Localized; note: Localized } {
  const { min, max } = CILIUM_KUBERNETES;
  if (!kubernetesInRange(version, min))
    return {
      unsupported: {
        en: `Cilium ${appVersion} does not support Kubernetes ${version}: Cilium 1.17 supports Kubernetes ${min} and later (tested on ${min} to ${max}). Upgrade the cluster to Kubernetes ${min} or later.`,
        ja: `Cilium ${appVersion} は Kubernetes ${version} をサポートしていません。Cilium 1.17 がサポートするのは Kubernetes ${min} 以降です（テスト済みは ${min} 〜 ${max}）。クラスターを Kubernetes ${min} 以降にアップグレードしてください。`,
      },
      note: { en: '', ja: '' },
    };
  if (compareMinor(version, max) > 0)
    return {
      note: {
        en: ` Cilium 1.17 is tested on Kubernetes ${min} to ${max}; on ${version} it relies on Kubernetes' backward compatibility (AWS supports Cilium 1.17 on hybrid nodes for every Kubernetes version EKS supports).`,
        ja: `Cilium 1.17 のテスト対象は Kubernetes ${min} 〜 ${max} で、${version} では Kubernetes の後方互換性に依存します（AWS は EKS がサポートするすべての Kubernetes バージョンで、ハイブリッドノードの Cilium 1.17 をサポートしています）。`,
      },
    };
  return { note: { en: '', ja: '' } };
}

/** Cilium for `config`'s hybrid nodes, `hybridNodes` of them in the design. */
export function cilium(config: ClusterConfig, hybridNodes: number): ControllerInstall {
  const { version } = config.metadata;
  const podCidrs = (config.remoteNetworkConfig?.remotePodNetworks ?? []).flatMap((n) => n.cidrs);
  const { chart } = PINNED_CHARTS.cilium;
  const replicas = ciliumOperatorReplicas(hybridNodes);
  const support = kubernetesSupport(version, chart.appVersion);
  const operator = {
    en: ` Its operator runs ${replicas === 1 ? '1 replica' : `${replicas} replicas`} on the hybrid nodes, one per node.${support.note.en}`,
    ja: `オペレーターはハイブリッドノード上で ${replicas} レプリカ（1 ノードに 1 つ）動きます。${support.note.ja}`,
  };
  return {
    id: 'cilium',
    title: 'Cilium',
    installedBy: 'helm',
    namespace: 'kube-system',
    release: 'cilium',
    chart,
    values: {
      affinity: onHybridNodes(),
      ipam: {
        mode: 'cluster-pool',
        operator: {
          clusterPoolIPv4MaskSize: CILIUM_NODE_MASK_SIZE,
          ...(podCidrs.length > 0 ? { clusterPoolIPv4PodCIDRList: podCidrs } : {}),
        },
      },
      operator: {
        replicas: ciliumOperatorReplicas(hybridNodes),
        affinity: onHybridNodes(),
        unmanagedPodWatcher: { restart: false },
      },
    },
    valuesFromCluster: [],
    workload: { kind: 'daemonset', name: 'cilium' },
    // Every operator replica must be scheduled: a replica left Pending (more replicas than hybrid nodes) stops here.
    alsoWaitFor: [{ kind: 'deployment', name: 'cilium-operator' }],
    reason:
      podCidrs.length > 0
        ? {
            en: `${AWS_BUILD.en}The CNI of the hybrid nodes (the VPC CNI does not run on them): Cilium runs only on nodes labelled ${HYBRID_COMPUTE_TYPE.key}=${HYBRID_COMPUTE_TYPE.value} and gives each a /${CILIUM_NODE_MASK_SIZE} of the remote pod networks ${podCidrs.join(', ')}. Hybrid nodes stay NotReady until it runs.${operator.en}`,
            ja: `${AWS_BUILD.ja}ハイブリッドノードの CNI です（VPC CNI はハイブリッドノードでは動きません）。Cilium は ${HYBRID_COMPUTE_TYPE.key}=${HYBRID_COMPUTE_TYPE.value} のラベルを持つノードだけで動き、リモート Pod ネットワーク ${podCidrs.join('、')} から各ノードに /${CILIUM_NODE_MASK_SIZE} を割り当てます。これが動くまでハイブリッドノードは NotReady のままです。${operator.ja}`,
          }
        : {
            en: `${AWS_BUILD.en}The CNI of the hybrid nodes (the VPC CNI does not run on them). The design declares no remote pod network, so Cilium takes pod addresses from its default pool; set ipam.operator.clusterPoolIPv4PodCIDRList in helm/cilium.values.yaml to a range that overlaps neither the VPC nor the on-premises network.${operator.en}`,
            ja: `${AWS_BUILD.ja}ハイブリッドノードの CNI です（VPC CNI はハイブリッドノードでは動きません）。設計にリモート Pod ネットワークがないため、Cilium はデフォルトのプールから Pod のアドレスを割り当てます。helm/cilium.values.yaml の ipam.operator.clusterPoolIPv4PodCIDRList に、VPC ともオンプレミスネットワークとも重ならない範囲を設定してください。${operator.ja}`,
          },
    ...(support.unsupported ? { unsupported: support.unsupported } : {}),
  };
}
