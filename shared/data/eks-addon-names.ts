/**
 * Names of the EKS add-ons AWS documents, as `CreateAddon` and eksctl's `addons[].name` take them. Not every
 * add-on EKS has: AWS Marketplace add-ons (named `<vendor>_<product>`) and add-ons added after 2026-12 are
 * missing, so a name outside this list is not wrong by itself (addon.name-unknown only says "did you mean" for a
 * name close to one of these).
 *
 * Sources (each page says "The Amazon EKS add-on name is ..." or lists "Add-on name"):
 * - AWS add-ons: https://docs.aws.amazon.com/eks/latest/userguide/workloads-add-ons-available-eks.html
 * - Community add-ons: https://docs.aws.amazon.com/eks/latest/userguide/community-addons.html
 */
export const EKS_ADDON_NAMES: readonly string[] = [
  // AWS add-ons
  'vpc-cni',
  'coredns',
  'kube-proxy',
  'aws-ebs-csi-driver',
  'aws-efs-csi-driver',
  'aws-fsx-csi-driver',
  'aws-mountpoint-s3-csi-driver',
  'snapshot-controller',
  'eks-node-monitoring-agent',
  'eks-pod-identity-agent',
  'adot',
  'aws-guardduty-agent',
  'amazon-cloudwatch-observability',
  'aws-network-flow-monitoring-agent',
  'aws-privateca-connector-for-kubernetes',
  'aws-secrets-store-csi-driver-provider',
  'sriov-network-metrics-exporter',
  'amazon-sagemaker-hyperpod-taskgovernance',
  'amazon-sagemaker-hyperpod-observability',
  'amazon-sagemaker-hyperpod-training-operator',
  // Community add-ons
  'metrics-server',
  'kube-state-metrics',
  'prometheus-node-exporter',
  'cert-manager',
  'external-dns',
  'fluent-bit',
];
