import type { ConfigNeed } from '../../config-needs.js';
import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../node-groups/config-node-groups.js';
import { valueAtPath } from '../../../util/value-at-path.js';

/** The lists of a ClusterConfig whose entries carry `tags`, as eksctl passes them on to AWS. */
export const TAGGED_LISTS: readonly (readonly PathSegment[])[] = [
  ['managedNodeGroups'],
  ['nodeGroups'],
  ['fargateProfiles'],
  ['addons'],
  ['iam', 'podIdentityAssociations'],
  ['iam', 'serviceAccounts'],
  ['identityProviders'],
  ['capabilities'],
];

/** Where the config holds tags (metadata.tags and TAGGED_LISTS' entries' `tags`), for the tag rules' `needs`. */
export const TAGGED_NEEDS: readonly ConfigNeed[] = [
  'metadata.tags',
  'managedNodeGroups[].tags',
  'nodeGroups[].tags',
  'fargateProfiles[].tags',
  'addons[].tags',
  'iam.podIdentityAssociations[].tags',
  'iam.serviceAccounts[].tags',
  // The schema types identityProviders' items loosely (a provider of any type), so no path below it is checkable.
  'identityProviders',
  'capabilities[].tags',
];

/**
 * AWS reserves tag keys that start with "aws:" (any letter case) for itself; CloudFormation and the tagging
 * APIs refuse them, so a stack eksctl creates with such a tag on the cluster (metadata.tags are stack tags),
 * a node group, a Fargate profile, an add-on, an access entry, an IAM role, an identity provider or a capability
 * fails.
 */
/** Adds a finding to `out` for each key of `tags` (at `base`) that starts with AWS's reserved `aws:`. */
function reservedTags(out: ConfigFinding[], tags: unknown, base: PathSegment[]): void {
  if (!isObj(tags)) return;
  // Own keys in Object.keys order without the array: every cluster's tags on every validation.
  for (const key in tags)
    if (Object.hasOwn(tags, key) && key.length >= 4 && key.slice(0, 4).toLowerCase() === 'aws:')
      out.push({ path: [...base, key], params: { key, suggestion: key.slice(4) || 'team' } });
}

export const tagReservedPrefix = defineConfigRule({
  id: 'cluster.tag-reserved-prefix',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions',
  text: {
    en: {
      message:
        'Tag "{{key}}" at {{path}} of cluster {{cluster}} starts with "aws:", a prefix AWS reserves for its own tags; CloudFormation and EKS refuse it, so eksctl cannot create what it tags.',
      fix: 'Rename the tag at {{path}} without the "aws:" prefix (for example "{{suggestion}}").',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} のタグ「{{key}}」は、AWS が自身のタグ用に予約している接頭辞「aws:」で始まります。CloudFormation と EKS はこれを拒否するため、eksctl はそのタグを付けるリソースを作成できません。',
      fix: '{{path}} のタグ名から「aws:」を外してください（例:「{{suggestion}}」）。',
    },
  },
  needs: TAGGED_NEEDS,
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    reservedTags(out, config.metadata?.tags, ['metadata', 'tags']);
    for (let l = 0; l < TAGGED_LISTS.length; l++) {
      const list = TAGGED_LISTS[l]!;
      const entries = valueAtPath(config, list);
      if (!Array.isArray(entries)) continue;
      for (let i = 0; i < entries.length; i++) {
        const entry: unknown = entries[i];
        if (isObj(entry) && isObj(entry['tags'])) reservedTags(out, entry['tags'], [...list, i, 'tags']);
      }
    }
    return out;
  },
});
