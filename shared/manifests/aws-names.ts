/**
 * AWS names the manifests refer to: partitions, ECR registry hosts, IAM role ARNs, and the `${NAME}`
 * placeholders for what only the user's account knows.
 */

/** The account id, unknown offline. `${...}` so `envsubst` fills it; YAML keeps it as a quoted string. */
export const ACCOUNT_PLACEHOLDER = '${AWS_ACCOUNT_ID}';
/** The ACM certificate of an HTTPS listener. */
export const CERTIFICATE_PLACEHOLDER = '${ACM_CERTIFICATE_ID}';

/** Every `${NAME}` in `text`, sorted, once each. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(/\$\{[A-Z][A-Z0-9_]*\}/g) ?? [])].sort();
}

/** The AWS partition of a region (aws, aws-cn, aws-us-gov). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** The private ECR registry host of the placeholder account in `region`. */
export function ecrRegistry(region: string): string {
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `${ACCOUNT_PLACEHOLDER}.dkr.ecr.${region}.${suffix}`;
}

export { iamRoleName } from '../export/workload-iam.js';

export function iamRoleArn(region: string, roleName: string): string {
  return `arn:${partitionOf(region)}:iam::${ACCOUNT_PLACEHOLDER}:role/${roleName}`;
}

export function certificateArn(region: string): string {
  return `arn:${partitionOf(region)}:acm:${region}:${ACCOUNT_PLACEHOLDER}:certificate/${CERTIFICATE_PLACEHOLDER}`;
}
