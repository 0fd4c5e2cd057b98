import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../node-groups/config-node-groups.js';

/** CloudFormation's CreateStack takes at most 50 tags ("You can specify a maximum number of 50 tags"). */
export const STACK_TAG_LIMIT = 50;

/**
 * The tags eksctl puts on every stack it creates besides metadata.tags (pkg/cfn/manager/api.go
 * NewStackCollection: alpha.eksctl.io/cluster-name, eksctl.cluster.k8s.io/v1alpha1/cluster-name,
 * alpha.eksctl.io/eksctl-version), and the one it adds to the cluster's stack (createClusterStack:
 * alpha.eksctl.io/cluster-oidc-enabled).
 */
const EKSCTL_STACK_TAGS = [
  'alpha.eksctl.io/cluster-name',
  'eksctl.cluster.k8s.io/v1alpha1/cluster-name',
  'alpha.eksctl.io/eksctl-version',
];
const EKSCTL_CLUSTER_STACK_TAG = 'alpha.eksctl.io/cluster-oidc-enabled';

/** The node group lists whose entries eksctl creates as stacks of their own, tagged with the entry's `tags`. */
const NODE_GROUP_LISTS = ['managedNodeGroups', 'nodeGroups'] as const;

/** Adds the own keys of `tags` (when it is a map) to `keys`. */
function addKeys(keys: Set<string>, tags: unknown): void {
  if (!isObj(tags)) return;
  for (const key in tags) if (Object.hasOwn(tags, key)) keys.add(key);
}

/**
 * A stack eksctl creates carries metadata.tags plus its own tags, and CloudFormation also propagates stack tags to
 * the stack's resources (the EKS cluster, its security groups, the node groups' Auto Scaling groups): CreateStack
 * refuses a list of more than 50, so `eksctl create cluster` fails on the first stack. The cluster's stack has four
 * of eksctl's tags, a node group's stack three plus the group's own `tags` (a key in both counts once: eksctl's
 * managed node groups take metadata.tags into their own). Keys starting with "aws:" are CloudFormation's and do not
 * count, but AWS refuses them anyway (cluster.tag-reserved-prefix).
 */
export const tagCount = defineConfigRule({
  id: 'cluster.tag-count',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
  text: {
    en: {
      message:
        'The CloudFormation stack {{stack}} that eksctl creates for cluster {{cluster}} would carry {{count}} tags ({{own}} from {{where}}, {{eksctl}} of eksctl\u2019s own), but CloudFormation takes at most 50 tags per stack, so the stack is refused and eksctl cannot create it.',
      fix: 'Remove at least {{over}} tags from {{where}} (keep the ones cost allocation and policies need), or tag the resources after creation.',
    },
    ja: {
      message:
        'eksctl がクラスター {{cluster}} 用に作成する CloudFormation スタック {{stack}} には {{count}} 個のタグが付きます（{{where}} から {{own}} 個、eksctl 自身のタグが {{eksctl}} 個）。CloudFormation のスタックに付けられるタグは 50 個までのため、スタックは拒否され、eksctl は作成できません。',
      fix: '{{where}} からタグを {{over}} 個以上削除する（コスト配分やポリシーに必要なものは残す）か、作成後にリソースにタグを付けてください。',
    },
  },
  needs: ['metadata.tags', 'managedNodeGroups[].tags', 'nodeGroups[].tags'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const cluster = typeof config.metadata?.name === 'string' ? config.metadata.name : '';
    const clusterKeys = new Set<string>();
    addKeys(clusterKeys, config.metadata?.tags);
    const clusterStack = [...EKSCTL_STACK_TAGS, EKSCTL_CLUSTER_STACK_TAG];
    push(out, ['metadata', 'tags'], `eksctl-${cluster}-cluster`, 'metadata.tags', clusterKeys, clusterStack);
    for (const list of NODE_GROUP_LISTS) {
      const groups: unknown = config[list];
      if (!Array.isArray(groups)) continue;
      for (let i = 0; i < groups.length; i++) {
        const ng: unknown = groups[i];
        // A group without tags of its own has fewer than the cluster's stack: that finding says it.
        if (!isObj(ng) || !isObj(ng['tags'])) continue;
        const keys = new Set(clusterKeys);
        addKeys(keys, ng['tags']);
        if (keys.size === clusterKeys.size) continue;
        const name = typeof ng['name'] === 'string' ? ng['name'] : String(i);
        const path: PathSegment[] = [list, i, 'tags'];
        push(out, path, `eksctl-${cluster}-nodegroup-${name}`, `metadata.tags + ${list}[${i}].tags`, keys, EKSCTL_STACK_TAGS);
      }
    }
    return out;
  },
});

/** A finding at `path` when `keys` and eksctl's own tags (each counted once, "aws:" keys not at all) pass 50. */
function push(
  out: ConfigFinding[],
  path: PathSegment[],
  stack: string,
  where: string,
  keys: Set<string>,
  eksctl: readonly string[],
): void {
  let own = 0;
  for (const key of keys) if (key.slice(0, 4).toLowerCase() !== 'aws:' && !eksctl.includes(key)) own++;
  const count = own + eksctl.length;
  if (count <= STACK_TAG_LIMIT) return;
  out.push({ path, params: { stack, where, count, own, eksctl: eksctl.length, over: count - STACK_TAG_LIMIT } });
}
