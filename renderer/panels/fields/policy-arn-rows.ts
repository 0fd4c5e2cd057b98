/**
 * Rows of the policy ARN list editor and the list they stand for. Blank rows are ignored; a malformed or repeated
 * ARN is flagged on its row and nothing is saved until it is fixed; no ARN at all saves `undefined` (the field is
 * optional and absent from the file).
 */
import { isIamPolicyArn } from '../../../shared/model/iam-policy-arn.js';

export type PolicyArnProblem = 'policyArnInvalid' | 'policyArnDuplicate' | 'policyArnTooMany';

export type PolicyArnsResult =
  { ok: true; value: string[] | undefined } | { ok: false; problems: ReadonlyMap<number, PolicyArnProblem> };

/** The most managed policies IAM attaches to one role (its quota, which the design schema also keeps). */
export const MAX_POLICY_ARNS = 20;

export function policyArnsFromRows(rows: readonly string[]): PolicyArnsResult {
  const problems = new Map<number, PolicyArnProblem>();
  const seen = new Map<string, number>();
  const value: string[] = [];
  rows.forEach((raw, i) => {
    const arn = raw.trim();
    if (arn === '') return;
    if (!isIamPolicyArn(arn)) return problems.set(i, 'policyArnInvalid');
    const first = seen.get(arn);
    if (first !== undefined) {
      problems.set(first, 'policyArnDuplicate');
      return problems.set(i, 'policyArnDuplicate');
    }
    seen.set(arn, i);
    value.push(arn);
    if (value.length > MAX_POLICY_ARNS) problems.set(i, 'policyArnTooMany');
  });
  if (problems.size > 0) return { ok: false, problems };
  return { ok: true, value: value.length > 0 ? value : undefined };
}
