import type { Rule } from '../../types.js';
import { caAndKarpenterOverlap } from './ca-and-karpenter-overlap.js';
import { caAsgTags } from './ca-asg-tags.js';
import { caMinLtMax } from './ca-min-lt-max.js';
import { caNoNodeGroups } from './ca-no-node-groups.js';
import { caPrivateCluster } from './ca-private-cluster.js';
import { hpaMetricsServer } from './hpa-metrics-server.js';
import { hpaMinMax } from './hpa-min-max.js';
import { hpaMaxCapacity } from './hpa-max-capacity.js';
import { hpaRequests } from './hpa-requests.js';
import { hpaScalableTarget } from './hpa-scalable-target.js';
import { karpenterControllerPlacement } from './karpenter-controller-placement.js';
import { karpenterChartVersion } from './karpenter-chart-version.js';
import { karpenterKubernetesVersion } from './karpenter-kubernetes-version.js';
import { karpenterDiscovery } from './karpenter-discovery.js';
import { karpenterNodesJoin } from './karpenter-nodes-join.js';
import { karpenterNoEgress } from './karpenter-no-egress.js';
import { karpenterPrivateExistingVpc } from './karpenter-private-existing-vpc.js';
import { karpenterVersion } from './karpenter-version.js';
import { nodeAutoscalerMissing } from './node-autoscaler-missing.js';
import { karpenterOidc } from './karpenter-oidc.js';
import { karpenterSpotInterruption } from './karpenter-spot-interruption.js';
import { pdbBlocksDrain } from './pdb-blocks-drain.js';
import { karpenterGpuNodePool } from './karpenter-gpu-node-pool.js';
import { autoModeGpu } from './auto-mode-gpu.js';
import { autoModeSystemPoolOnly } from './auto-mode-system-pool-only.js';

export const autoscalingRules: readonly Rule[] = [
  hpaMetricsServer,
  hpaRequests,
  hpaMinMax,
  hpaMaxCapacity,
  hpaScalableTarget,
  caMinLtMax,
  caNoNodeGroups,
  caPrivateCluster,
  caAsgTags,
  caAndKarpenterOverlap,
  karpenterControllerPlacement,
  karpenterDiscovery,
  karpenterNodesJoin,
  karpenterVersion,
  karpenterChartVersion,
  karpenterKubernetesVersion,
  nodeAutoscalerMissing,
  karpenterOidc,
  karpenterSpotInterruption,
  karpenterNoEgress,
  karpenterPrivateExistingVpc,
  pdbBlocksDrain,
  karpenterGpuNodePool,
  autoModeGpu,
  autoModeSystemPoolOnly,
];
