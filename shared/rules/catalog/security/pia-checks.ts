/** eksctl's checks of one pod identity association, shared by `iam.podIdentityAssociations` and addons'. */
import { filled, hasWellKnownPolicy, nonEmpty, type Obj } from '../../facts/config-values.js';

/** eksctl's error for the policy sources of association `path` (roleARN is exclusive), or undefined. */
export function policySourceProblem(pia: Obj, list: string, index: number): string | undefined {
  // Plain booleans, and the path (`list[index]`) spelled only for a problem: this runs for every association of
  // every cluster on each validation.
  const role = filled(pia['roleARN']);
  const policy = nonEmpty(pia['permissionPolicy']);
  const arns = nonEmpty(pia['permissionPolicyARNs']);
  const wellKnown = hasWellKnownPolicy(pia['wellKnownPolicies']);
  if (role ? !policy && !arns && !wellKnown : policy || arns || wellKnown) return undefined;
  const path = `${list}[${index}]`;
  if (!role)
    return `at least one of the following must be specified: ${path}.roleARN, ${path}.permissionPolicy, ${path}.permissionPolicyARNs, ${path}.wellKnownPolicies`;
  const clash = policy ? 'permissionPolicy' : arns ? 'permissionPolicyARNs' : 'wellKnownPolicies';
  return `${path}.${clash} cannot be specified when ${path}.roleARN is set`;
}

/** eksctl `validatePermissionPolicyName`. */
export function permissionPolicyNameProblem(pia: Obj): string | undefined {
  const name = pia['permissionPolicyName'];
  if (!filled(name)) return undefined;
  if (!nonEmpty(pia['permissionPolicy'])) return 'permissionPolicyName requires permissionPolicy to be set';
  if (!/[A-Za-z0-9]/.test(name)) return `permissionPolicyName "${name}" must contain at least one alphanumeric character`;
  return undefined;
}
