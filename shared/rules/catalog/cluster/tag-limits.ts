import type { PathSegment } from '../../../util/locate.js';
import { valueAtPath } from '../../../util/value-at-path.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../node-groups/config-node-groups.js';
import { TAGGED_LISTS, TAGGED_NEEDS } from './tag-reserved-prefix.js';

/** AWS tagging limits (EKS, CloudFormation, IAM, EC2 Auto Scaling alike). */
const MAX_KEY = 128;
const MAX_VALUE = 256;
const MAX_TAGS = 50;
/**
 * The lists whose entries eksctl creates as CloudFormation stacks: their tag count, with metadata.tags and eksctl's
 * own, is cluster.tag-count's (one finding per stack); only the lengths are checked here.
 */
const STACK_LISTS: ReadonlySet<PathSegment> = new Set(['managedNodeGroups', 'nodeGroups']);

/** Adds a finding for each key or value of `tags` (at `base`) over AWS's lengths, and one when there are too many. */
function tagProblems(out: ConfigFinding[], tags: unknown, base: PathSegment[], maxCount: number): void {
  if (!isObj(tags)) return;
  let count = 0;
  for (const key in tags) {
    if (!Object.hasOwn(tags, key)) continue;
    count++;
    const value: unknown = tags[key];
    if (key.length > MAX_KEY)
      out.push({ path: [...base, key], params: { problem: `key of ${key.length} characters (at most ${MAX_KEY})` } });
    else if (typeof value === 'string' && value.length > MAX_VALUE)
      out.push({ path: [...base, key], params: { problem: `value of ${value.length} characters (at most ${MAX_VALUE})` } });
  }
  if (count > maxCount) out.push({ path: base, params: { problem: `${count} tags (at most ${maxCount} here)` } });
}

/**
 * AWS refuses a tag key over 128 characters, a value over 256 and more than 50 tags on one resource; eksctl passes
 * the tags of the config on unchecked, so the stack or API call that carries them fails. How many tags a stack
 * (the cluster's, a node group's) carries with eksctl's own is cluster.tag-count's finding.
 */
export const tagLimits = defineConfigRule({
  id: 'cluster.tag-limits',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-using-tags.html#tag-restrictions',
  text: {
    en: {
      message:
        'Tags at {{path}} of cluster {{cluster}} go beyond what AWS accepts ({{problem}}): eksctl passes them on unchecked, so creating what they tag fails.',
      fix: 'Keep tag keys within 128 characters, values within 256 and at most 50 tags on a resource (46 in metadata.tags, as eksctl adds four of its own to the cluster stack); move long descriptions to a wiki or a single short reference.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} のタグが AWS の制限を超えています ({{problem}})。eksctl は確認せずに渡すため、タグを付けるリソースの作成が失敗します。',
      fix: 'タグのキーは 128 文字以内、値は 256 文字以内、1 つのリソースのタグは 50 個以内 (metadata.tags は eksctl がクラスタースタックに 4 個追加するため 46 個以内) にしてください。長い説明はドキュメントなどに移し、タグには短い参照だけを入れてください。',
    },
  },
  needs: TAGGED_NEEDS,
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    tagProblems(out, config.metadata?.tags, ['metadata', 'tags'], Number.POSITIVE_INFINITY);
    for (let l = 0; l < TAGGED_LISTS.length; l++) {
      const list = TAGGED_LISTS[l]!;
      const entries = valueAtPath(config, list);
      if (!Array.isArray(entries)) continue;
      const maxCount = list.length === 1 && STACK_LISTS.has(list[0]!) ? Number.POSITIVE_INFINITY : MAX_TAGS;
      for (let i = 0; i < entries.length; i++) {
        const entry: unknown = entries[i];
        if (isObj(entry) && isObj(entry['tags'])) tagProblems(out, entry['tags'], [...list, i, 'tags'], maxCount);
      }
    }
    return out;
  },
});
