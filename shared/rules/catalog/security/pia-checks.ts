/** eksctl's checks of one pod identity association, shared by `iam.podIdentityAssociations` and addons'. */
import { filled, hasWellKnownPolicy, nonEmpty, type Obj } from '../../facts/config-values.js';

/** eksctl's error for the policy sources of association `path` (roleARN is exclusive), or undefined. */
export function policySourceProblem(pia: Obj, path: string): string | undefined {
  const role = filled(pia['roleARN']);
  const others: [string, boolean][] = [
    ['permissionPolicy', nonEmpty(pia['permissionPolicy'])],
    ['permissionPolicyARNs', nonEmpty(pia['permissionPolicyARNs'])],
    ['wellKnownPolicies', hasWellKnownPolicy(pia['wellKnownPolicies'])],
  ];
  if (!role && others.every(([, set]) => !set))
    return `at least one of the following must be specified: ${path}.roleARN, ${path}.permissionPolicy, ${path}.permissionPolicyARNs, ${path}.wellKnownPolicies`;
  const clash = role ? others.find(([, set]) => set) : undefined;
  return clash ? `${path}.${clash[0]} cannot be specified when ${path}.roleARN is set` : undefined;
}

/** eksctl `validatePermissionPolicyName`. */
export function permissionPolicyNameProblem(pia: Obj): string | undefined {
  const name = pia['permissionPolicyName'];
  if (!filled(name)) return undefined;
  if (!nonEmpty(pia['permissionPolicy'])) return 'permissionPolicyName requires permissionPolicy to be set';
  if (!/[A-Za-z0-9]/.test(name)) return `permissionPolicyName "${name}" must contain at least one alphanumeric character`;
  return undefined;
}
