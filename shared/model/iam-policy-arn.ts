/**
 * IAM policy ARNs a workload's own role gets (schema version 4). The format is IAM's: a partition, `iam`, no
 * region, a 12-digit account id or `aws` (AWS managed policies), then `policy/` with an optional path.
 */
import { z } from 'zod';
import { checkFailure } from './custom-check.js';

/** `arn:<partition>:iam::<account or aws>:policy/<path/>name`; names and paths use IAM's `[\w+=,.@-]`. */
export const IAM_POLICY_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::(?:\d{12}|aws):policy\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,128}$/;

export function isIamPolicyArn(text: string): boolean {
  return IAM_POLICY_ARN.test(text);
}

export const iamPolicyArnsSchema = z
  .array(
    z.string().regex(IAM_POLICY_ARN, 'an IAM policy ARN looks like arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess').max(2048),
  )
  .min(1)
  .max(20)
  .refine((arns) => new Set(arns).size === arns.length, checkFailure('check.policy-arn-once'));

/** Whether any workload of the design carries policy ARNs (what makes a file schema version 4). */
export function hasWorkloadPolicies(design: { parts: readonly { kind: string; props: unknown }[] }): boolean {
  return design.parts.some(
    (p) => p.kind === 'workload' && ((p.props as { iamPolicyArns?: readonly string[] }).iamPolicyArns?.length ?? 0) > 0,
  );
}
