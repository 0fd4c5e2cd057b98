/**
 * Empty entries (`- ` with nothing after it, `- null`, `- ~`) in the ClusterConfig's lists of objects, read as
 * eksctl reads them. eksctl decodes YAML through encoding/json into its Go types, where a null list entry becomes:
 *  - a nil pointer in the lists typed `[]*T` (addons, fargateProfiles, iam.serviceAccounts, ...): eksctl
 *    dereferences each entry while it validates or sets defaults (`a.Name` in vpcCNIAddonSpecified, `fp.Validate()`),
 *    so the file stops eksctl with a nil pointer error; node group lists have their own message (check-config.ts);
 *  - the zero value in the lists typed `[]T` (accessEntries, taints, selectors, ...): an entry with every field
 *    empty, which eksctl then validates like any other (`principalARN must be set`).
 * eksctl's JSON schema cannot tell (its definitions do not say `type: object`, so null passes), hence this file.
 * Pointer lists: pkg/apis/eksctl.io/v1alpha5/types.go and iam.go.
 */
import { EKSCTL_SCHEMA, resolveSchemaRef as resolve } from '../eksctl/schema.js';
import type { PathSegment } from '../util/locate.js';

/** The `[]*T` lists below nodeGroups/managedNodeGroups, written with `[]` for "any item". */
const POINTER_LISTS: ReadonlySet<string> = new Set([
  'addons',
  'fargateProfiles',
  'iam.serviceAccounts',
  'iamIdentityMappings',
  'remoteNetworkConfig.remoteNodeNetworks',
  'remoteNetworkConfig.remotePodNetworks',
  'nodeGroups[].additionalVolumes',
  'managedNodeGroups[].additionalVolumes',
]);

/** Node group lists: check-config.ts refuses their empty entries first, with eksctl's own words. */
export const NODE_GROUP_LISTS = ['nodeGroups', 'managedNodeGroups'] as const;

type SchemaNode = ReturnType<typeof resolve>;

/**
 * The first empty entry of a `[]*T` list (which eksctl cannot read), as a path; the value is left untouched. Empty
 * entries of `[]T` lists are not reported: `fillZeroEntries` turns them into the empty objects eksctl sees.
 */
export function firstNilEntry(value: unknown): PathSegment[] | undefined {
  let found: PathSegment[] | undefined;
  walk(value, resolve(EKSCTL_SCHEMA), [], '', (path, list) => {
    if (!found && POINTER_LISTS.has(list)) found = path;
  });
  return found;
}

/**
 * `value` with every empty entry of a list of objects replaced by `{}` (Go's zero value), changed in place: the
 * caller passes its own copy (withoutNullFields makes one).
 */
export function fillZeroEntries(value: unknown): unknown {
  walk(value, resolve(EKSCTL_SCHEMA), [], '', (path) => {
    let parent = value as Record<PathSegment, unknown>;
    for (let i = 0; i < path.length - 1; i++) parent = parent[path[i]!] as Record<PathSegment, unknown>;
    parent[path[path.length - 1]!] = {};
  });
  return value;
}

/** Calls `onEmpty` for each null entry of a list whose items the schema defines as objects (with their fields). */
function walk(
  value: unknown,
  node: SchemaNode,
  path: PathSegment[],
  /** The path with `[]` for list items, as POINTER_LISTS writes it. */
  shape: string,
  onEmpty: (path: PathSegment[], list: string) => void,
): void {
  if (!node || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const items = resolve(node.items);
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      if (value[i] === null) {
        if (items.properties) onEmpty([...path, i], shape);
      } else walk(value[i], items, [...path, i], `${shape}[]`, onEmpty);
    }
    return;
  }
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const child =
      node.properties && Object.hasOwn(node.properties, key)
        ? resolve(node.properties[key])
        : typeof node.additionalProperties === 'object'
          ? resolve(node.additionalProperties)
          : undefined;
    walk(field, child, [...path, key], shape === '' ? key : `${shape}.${key}`, onEmpty);
  }
}
