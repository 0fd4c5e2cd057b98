/**
 * The service accounts EKS add-ons run their AWS-calling Pods under, as EKS's DescribeAddonConfiguration
 * (podIdentityConfiguration) and the add-ons' user guide pages name them: what eksctl gives a role when an
 * add-on asks for its default pod identity associations, and what an association outside the add-on must
 * name to reach it. Only add-ons whose Pods call AWS with a role of their own.
 */
import { filled, hasWellKnownPolicy, isObj, nonEmpty, type Obj } from './config-values.js';

export interface AddonServiceAccount {
  namespace: string;
  serviceAccount: string;
}

export const ADDON_SERVICE_ACCOUNTS: Readonly<Record<string, readonly AddonServiceAccount[]>> = {
  'vpc-cni': [{ namespace: 'kube-system', serviceAccount: 'aws-node' }],
  'aws-ebs-csi-driver': [{ namespace: 'kube-system', serviceAccount: 'ebs-csi-controller-sa' }],
  'aws-efs-csi-driver': [{ namespace: 'kube-system', serviceAccount: 'efs-csi-controller-sa' }],
  // https://docs.aws.amazon.com/eks/latest/userguide/s3-csi.html
  'aws-mountpoint-s3-csi-driver': [{ namespace: 'kube-system', serviceAccount: 's3-csi-driver-sa' }],
  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/install-CloudWatch-Observability-EKS-addon.html
  'amazon-cloudwatch-observability': [{ namespace: 'amazon-cloudwatch', serviceAccount: 'cloudwatch-agent' }],
};

/** eksctl's `Addon.HasIRSASet()`: a role ARN, policy ARNs, an inline policy or a well-known policy. */
export function addonHasIrsa(addon: Obj): boolean {
  return (
    filled(addon['serviceAccountRoleARN']) ||
    nonEmpty(addon['attachPolicyARNs']) ||
    isObj(addon['attachPolicy']) ||
    hasWellKnownPolicy(addon['wellKnownPolicies'])
  );
}

/** eksctl's `Addon.HasPodIDsSet()`: at least one association listed on the add-on. */
export function addonHasPodIds(addon: Obj): boolean {
  return Array.isArray(addon['podIdentityAssociations']) && addon['podIdentityAssociations'].length > 0;
}
