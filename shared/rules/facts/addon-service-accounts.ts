/**
 * The service accounts EKS add-ons run their AWS-calling Pods under, as EKS's DescribeAddonConfiguration
 * (podIdentityConfiguration) and the add-ons' user guide pages name them: what eksctl gives a role when an
 * add-on asks for its default pod identity associations, and what an association outside the add-on must
 * name to reach it. Only add-ons whose Pods call AWS with a role of their own.
 */
import type { EksctlClusterConfig } from '../config-view.js';
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

/** The add-ons eksctl gives an IRSA role with recommended policies when the entry names no IAM (setRecommendedPoliciesForIRSA). */
const RECOMMENDED_IRSA: ReadonlySet<string> = new Set(['vpc-cni', 'aws-ebs-csi-driver', 'aws-efs-csi-driver']);

/**
 * Where the role of an add-on's own service account comes from as eksctl creates the add-on:
 * - `associations`: the add-on's podIdentityAssociations;
 * - `role-arn`: serviceAccountRoleARN, a role of the user's (IRSA);
 * - `irsa-policies`: an IRSA role eksctl creates from the entry's policies;
 * - `default-associations`: EKS's recommended Pod Identity role (useDefaultPodIdentityAssociations, or
 *   addonsConfig.autoApplyPodIdentityAssociations);
 * - `recommended-irsa`: an IRSA role eksctl creates with its recommended policies (vpc-cni, EBS and EFS CSI);
 * - undefined: none (IRSA settings or recommended policies without iam.withOIDC are skipped with a warning).
 */
export type AddonRoleSource = 'associations' | 'role-arn' | 'irsa-policies' | 'default-associations' | 'recommended-irsa';

/**
 * The role eksctl gives `addon` at creation, in the order of eksctl's switch (pkg/actions/addon/create.go Create).
 * One reading of it for every rule: which role an add-on ends up with decides whether its agents have permissions
 * (addon.cloudwatch-iam), whether a second association collides (sec.pod-identity-duplicate), whether one outside
 * the add-on comes too late (addon.pod-identity-outside-addon) and whose trust policy eksctl writes
 * (sec.irsa-trust-scope).
 */
export function addonRoleAtCreation(config: EksctlClusterConfig, addon: Obj): AddonRoleSource | undefined {
  if (addonHasPodIds(addon)) return 'associations';
  const iam: unknown = config.iam;
  const withOidc = isObj(iam) && iam['withOIDC'] === true;
  if (addonHasIrsa(addon)) {
    if (!withOidc) return undefined;
    return filled(addon['serviceAccountRoleARN']) ? 'role-arn' : 'irsa-policies';
  }
  const addonsConfig: unknown = config.addonsConfig;
  if (addon['useDefaultPodIdentityAssociations'] === true) return 'default-associations';
  if (isObj(addonsConfig) && addonsConfig['autoApplyPodIdentityAssociations'] === true) return 'default-associations';
  // eksctl matches add-on names case-insensitively (Addon.CanonicalName).
  const name = typeof addon['name'] === 'string' ? addon['name'].toLowerCase() : '';
  return withOidc && RECOMMENDED_IRSA.has(name) ? 'recommended-irsa' : undefined;
}
