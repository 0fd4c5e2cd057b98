/**
 * How nodes that Karpenter launches get into the cluster when eksctl installs Karpenter.
 *
 * Facts (eksctl pkg/actions/karpenter/create.go, pkg/cfn/builder/karpenter.go; eksctl issue #7750):
 * - eksctl creates the node role `eksctl-KarpenterNodeRole-<cluster>` and maps it to the node groups
 *   (`system:bootstrappers`, `system:nodes`) only through the aws-auth ConfigMap. It creates no access entry.
 * - With `accessConfig.authenticationMode: API`, EKS ignores aws-auth, so those nodes are refused and never
 *   join (NodeClaims stay "Node not registered with cluster").
 * - An `EC2_LINUX` access entry for the role would also admit them, but eksctl creates access entries with
 *   the cluster, before it creates the Karpenter stack (pkg/ctl/create/cluster.go), so an entry for a role
 *   that does not exist yet fails, and the account id is not known offline. So the exporter keeps aws-auth
 *   in use (API_AND_CONFIG_MAP), which works with eksctl's own mapping and still allows access entries.
 */

/** The name eksctl gives the Karpenter node role. */
export function karpenterNodeRoleName(clusterName: string): string {
  return `eksctl-KarpenterNodeRole-${clusterName}`;
}

/**
 * The instance profile eksctl creates for Karpenter's nodes (pkg/actions/karpenter/create.go): the config's
 * `karpenter.defaultInstanceProfile`, else `eksctl-KarpenterNodeInstanceProfile-<cluster>`.
 */
export function karpenterInstanceProfileName(clusterName: string, karpenter: unknown): string {
  const own = isObject(karpenter) ? karpenter['defaultInstanceProfile'] : undefined;
  return typeof own === 'string' && own !== '' ? own : `eksctl-KarpenterNodeInstanceProfile-${clusterName}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `accessEntries` (a ClusterConfig's `accessConfig.accessEntries`, any shape) holds an `EC2_LINUX`
 * entry for eksctl's Karpenter node role of `clusterName` (any account, any role path).
 */
export function hasKarpenterNodeAccessEntry(accessEntries: unknown, clusterName: string): boolean {
  if (!Array.isArray(accessEntries)) return false;
  const role = karpenterNodeRoleName(clusterName);
  return accessEntries.some((entry) => {
    if (!isObject(entry) || entry['type'] !== 'EC2_LINUX') return false;
    const arn = entry['principalARN'];
    if (typeof arn !== 'string') return false;
    const resource = arn.split(':').slice(5).join(':');
    return resource.startsWith('role/') && resource.split('/').at(-1) === role;
  });
}

/** Whether Karpenter's nodes can join a cluster with this `accessConfig` (eksctl's default mode when absent). */
export function karpenterNodesCanJoin(accessConfig: unknown, clusterName: string): boolean {
  const mode = isObject(accessConfig) ? accessConfig['authenticationMode'] : undefined;
  if (mode !== 'API') return true;
  return hasKarpenterNodeAccessEntry(isObject(accessConfig) ? accessConfig['accessEntries'] : undefined, clusterName);
}
