/**
 * Pinned Helm charts for the controllers, and which Kubernetes versions each supports.
 *
 * Sources (read 2026-08-22 from the projects' repositories; Apache-2.0):
 * - AWS Load Balancer Controller: kubernetes-sigs/aws-load-balancer-controller@225f4456 helm/aws-load-balancer-controller/Chart.yaml
 *   (chart 3.5.0, app v3.5.0; README "Chart version v1.5.0+ requires Kubernetes 1.22+"), published at https://aws.github.io/eks-charts.
 * - Cluster Autoscaler: kubernetes/autoscaler tags `cluster-autoscaler-chart-*` (Chart.yaml appVersion) and
 *   `cluster-autoscaler-1.N.P`. Cluster Autoscaler is released per Kubernetes minor and should match the
 *   cluster's (autoscaler FAQ "What version of Cluster Autoscaler should be used?"), so the chart is the last one
 *   shipping that minor and the image tag is that minor's newest patch.
 * - ExternalDNS: kubernetes-sigs/external-dns@2bf1bf8a charts/external-dns/Chart.yaml (chart 1.21.1, app 0.21.0);
 *   README "Kubernetes version compatibility": >= 0.18 supports Kubernetes 1.21 and later.
 * - NVIDIA device plugin: NVIDIA/k8s-device-plugin@1b826acc deployments/helm/nvidia-device-plugin/Chart.yaml
 *   (chart 0.20.0, `kubeVersion: ">= 1.10.0-0"`).
 * - Karpenter: aws/karpenter-provider-aws@1d927085 hack/docs/compatibilitymatrix_gen/compatibility.yaml.
 * - Cilium (CNI of EKS Hybrid Nodes): Amazon EKS User Guide "Configure CNI for hybrid nodes"
 *   (https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-cni.html, read 2026-12-06): "Cilium versions
 *   v1.17.x and v1.18.x are supported for EKS Hybrid Nodes for every Kubernetes version supported in Amazon EKS".
 *   The same page: "AWS maintains builds of Cilium for EKS Hybrid Nodes that are based on the open source Cilium
 *   project. To receive support from AWS for Cilium, you must be using the AWS-maintained Cilium builds", and AWS
 *   hosts their Helm chart in Amazon ECR Public; its example is `oci://public.ecr.aws/eks/cilium/cilium:1.17.6-0`
 *   (the copy of the page read here stops before its install command; an AWS blog post on the hybrid nodes
 *   gateway installs it as `helm install cilium oci://public.ecr.aws/eks/cilium/cilium --version …`). An OCI
 *   chart has no `helm repo add`, and Helm's `--repo` takes HTTP chart repositories only (helm/helm#12471). So the
 *   chart is AWS's build 1.17.6-0, not `cilium` of https://helm.cilium.io/. 1.17 rather than 1.18: 1.18.3 needs
 *   Linux 5.10, which the page says Ubuntu 20.04 and RHEL 8 hybrid nodes lack. Cilium's own Kubernetes versions:
 *   CILIUM_KUBERNETES below. The values are checked against upstream chart 1.17.6: cilium/cilium tag v1.17.6 (commit ee3ca4a7),
 *   install/kubernetes/cilium/Chart.yaml (version 1.17.6, `kubeVersion: ">= 1.21.0-0"`); its values.schema.json is
 *   vendored in charts/ (NOTICE.md there says how far the AWS page vouches for it).
 */
import type { ChartRef } from './types.js';

/** A controller's chart pinned to one version, and the oldest Kubernetes minor the controller supports. */
export interface PinnedChart {
  chart: ChartRef;
  minKubernetes: string;
}

/** One row of PINNED_CHARTS: where the chart is published, its name, version and app version, the oldest Kubernetes. */
function pinned(repo: string, name: string, version: string, appVersion: string, minKubernetes: string): PinnedChart {
  return { chart: { repo, name, version, appVersion }, minKubernetes };
}

/**
 * The Kubernetes versions Cilium 1.17 is e2e tested on, from its "Kubernetes Version" requirements
 * (Documentation/network/kubernetes/requirements.rst and compatibility.rst at tag v1.17.6, Apache-2.0): 1.29, 1.30,
 * 1.31 and 1.32, "e2e tested and guaranteed to be compatible". "Older Kubernetes versions not listed here do not
 * have Cilium support. Newer Kubernetes versions, while not listed, will depend on the backward compatibility
 * offered by Kubernetes." AWS supports Cilium 1.17.x on hybrid nodes "for every Kubernetes version supported in
 * Amazon EKS" (the page above), so a newer version is noted, not refused; an older one is unsupported.
 */
export const CILIUM_KUBERNETES = { min: '1.29', max: '1.32' } as const;

/** The charts installed with `helm upgrade --install`, one row each (sources above). An `oci://` repo is the
 * registry path the chart name is appended to (helmChartArgs in steps.ts). */
export const PINNED_CHARTS = {
  awsLoadBalancerController: pinned(
    'https://aws.github.io/eks-charts',
    'aws-load-balancer-controller',
    '3.5.0',
    'v3.5.0',
    '1.22',
  ),
  externalDns: pinned('https://kubernetes-sigs.github.io/external-dns/', 'external-dns', '1.21.1', 'v0.21.0', '1.21'),
  nvidiaDevicePlugin: pinned('https://nvidia.github.io/k8s-device-plugin', 'nvidia-device-plugin', '0.20.0', 'v0.20.0', '1.10'),
  cilium: pinned('oci://public.ecr.aws/eks/cilium', 'cilium', '1.17.6-0', 'v1.17.6', CILIUM_KUBERNETES.min),
} as const satisfies Record<string, PinnedChart>;

export const CLUSTER_AUTOSCALER_REPO = 'https://kubernetes.github.io/autoscaler';

/** Kubernetes minor -> the last cluster-autoscaler chart of that minor and the minor's newest image tag. */
export const CLUSTER_AUTOSCALER_RELEASES: Readonly<Record<string, { chart: string; image: string }>> = {
  '1.27': { chart: '9.33.0', image: 'v1.27.8' },
  '1.28': { chart: '9.34.1', image: 'v1.28.7' },
  '1.29': { chart: '9.36.0', image: 'v1.29.5' },
  '1.30': { chart: '9.37.0', image: 'v1.30.7' },
  '1.31': { chart: '9.44.0', image: 'v1.31.5' },
  '1.32': { chart: '9.46.6', image: 'v1.32.7' },
  '1.33': { chart: '9.51.0', image: 'v1.33.6' },
  '1.34': { chart: '9.53.0', image: 'v1.34.5' },
  '1.35': { chart: '9.59.0', image: 'v1.35.2' },
};

export const KARPENTER_CHART_REPO = 'oci://public.ecr.aws/karpenter';

/** Karpenter minor -> the Kubernetes versions it supports (upstream compatibility matrix, 1.x releases). */
export const KARPENTER_COMPATIBILITY: Readonly<Record<string, { min: string; max: string }>> = {
  '1.0': { min: '1.25', max: '1.31' },
  '1.1': { min: '1.25', max: '1.31' },
  '1.2': { min: '1.25', max: '1.32' },
  '1.3': { min: '1.25', max: '1.32' },
  '1.4': { min: '1.25', max: '1.32' },
  '1.5': { min: '1.26', max: '1.33' },
  '1.6': { min: '1.26', max: '1.34' },
  '1.7': { min: '1.26', max: '1.34' },
  '1.8': { min: '1.26', max: '1.34' },
  '1.9': { min: '1.26', max: '1.35' },
  '1.10': { min: '1.26', max: '1.35' },
  '1.11': { min: '1.26', max: '1.35' },
  '1.12': { min: '1.26', max: '1.35' },
  '1.13': { min: '1.26', max: '1.36' },
  '1.14': { min: '1.26', max: '1.36' },
};
/** The newest Karpenter release checked (chart 1.14.1 at the commit above): the version to suggest. */
export const KARPENTER_LATEST = '1.14.1';

/** Compares "1.9" with "1.35" as versions: negative, zero or positive. */
export function compareMinor(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

/** Whether Kubernetes `version` lies in [min, max] (max open when absent). */
export function kubernetesInRange(version: string, min: string, max?: string): boolean {
  return compareMinor(version, min) >= 0 && (max === undefined || compareMinor(version, max) <= 0);
}

/** The Kubernetes versions a Karpenter version (`1.6.0`, `v1.6.0`) supports; undefined for releases not in the matrix. */
export function karpenterSupportRange(karpenterVersion: string): { min: string; max: string } | undefined {
  const m = /^v?(\d+)\.(\d+)\./.exec(karpenterVersion.trim());
  return m ? KARPENTER_COMPATIBILITY[`${m[1]}.${m[2]}`] : undefined;
}
