/**
 * The places where eksctl's published schema is stricter than eksctl itself (the three listed in the reference
 * README under "Known schema quirks", a `required` eksctl's loader does not enforce, the enums eksctl compares
 * case-insensitively or reads "" in) and one where it is looser (sections that must be objects, #6). Each patch
 * is applied to a deep copy, so the vendored schema object stays exactly as upstream ships it.
 */
import { CASE_INSENSITIVE_ENUM } from './error-format.js';
import type { EksctlSchema, SchemaNode } from './schema.js';

/** A deep copy of `schema` with the quirks fixed. Throws if the schema no longer has the expected shape. */
export function patchEksctlSchema(schema: EksctlSchema): EksctlSchema {
  // JSON round trip: the schema is plain JSON, and the pure core has no structuredClone typing.
  const copy = JSON.parse(JSON.stringify(schema)) as EksctlSchema;
  const defs = copy.definitions;

  // 1. identityProviders[]: the wrapper `IdentityProvider` requires `type: oidc` and then says the same
  //    object must match `OIDCIdentityProvider`, which is closed (additionalProperties: false) and does
  //    not list `type`. So no identity provider could ever validate. eksctl reads `type` from the wrapper
  //    and the other fields from the same object, so the closed definition must allow `type` too.
  const oidc = definition(defs, 'OIDCIdentityProvider');
  oidc.properties = { ...oidc.properties, type: { type: 'string', enum: ['oidc'] } };

  // 2. remoteNetworkConfig.vpcGatewayID is listed as required, but eksctl treats it as optional (hybrid
  //    nodes can reach the VPC without eksctl attaching a gateway; upstream's own example 43 omits it).
  const remote = definition(defs, 'RemoteNetworkConfig');
  remote.required = (remote.required ?? []).filter((field) => field !== 'vpcGatewayID');

  // 2b. nodeGroups[].instancesDistribution.instanceTypes is listed as required, but eksctl's loader
  //    (yaml.UnmarshalStrict) enforces no `required`, and with an instanceSelector eksctl fills the list in
  //    itself (ExpandInstanceSelectorOptions, pkg/eks/nodegroup_service.go): a selector-chosen Spot group
  //    gives only the distribution. Without a selector the rule eksctl.ng-instances-distribution says what
  //    eksctl says ("at least two instance types have to be specified for mixed nodegroups").
  const distribution = definition(defs, 'NodeGroupInstancesDistribution');
  distribution.required = (distribution.required ?? []).filter((field) => field !== 'instanceTypes');

  // 3. nodeGroups[].taints: eksctl's taintsWrapper unmarshals both the list form and the map form
  //    `{key: "value:Effect"}`, but the schema describes only the list. Accept either.
  const list = definition(defs, 'taintsWrapper');
  defs['taintsWrapper'] = {
    description: list.description,
    anyOf: [
      { type: 'array', items: list.items },
      { type: 'object', additionalProperties: { type: 'string' } },
    ],
  };

  // 4. amiFamily and ipFamily: eksctl matches them case-insensitively (normalizeAMIFamily;
  //    validateKubernetesNetworkConfig uses strings.EqualFold), so `amiFamily: bottlerocket` and
  //    `ipFamily: ipv6` are accepted by eksctl although the schema lists one spelling. The enum becomes a
  //    case-insensitive pattern over the same values (JSON schema patterns have no `i` flag).
  for (const [name, field] of [
    ['ManagedNodeGroup', 'amiFamily'],
    ['NodeGroup', 'amiFamily'],
    ['KubernetesNetworkConfig', 'ipFamily'],
  ] as const) {
    const node = definition(defs, name).properties?.[field];
    if (!node || !Array.isArray(node.enum))
      throw new Error(`eksctl schema: ${name}.${field} has no enum; the patches need updating`);
    node.pattern = caseInsensitivePattern(node.enum as string[]);
    node[CASE_INSENSITIVE_ENUM] = node.enum;
    delete node.enum;
  }

  // 5. Enums eksctl reads "" in as "not set, use the default": its Go fields are plain strings, so the strict
  //    decoder takes "", and nothing rejects it. upgradePolicy.supportType "" is skipped by validation
  //    (ValidateClusterConfig) and by the stack (cfn/builder/cluster.go sends no UpgradePolicy), and is what
  //    eksctl's own `create cluster --dry-run` output carries (integration/tests/dry_run); vpc.nat.gateway ""
  //    becomes Single (cmdutils/configfile.go: api.IsEmpty); ipFamily "" is IPv4
  //    (validateKubernetesNetworkConfig, cfn/builder/cluster.go). Not volumeType: "" would reach the template.
  for (const [name, field] of [
    ['UpgradePolicy', 'supportType'],
    ['ClusterNAT', 'gateway'],
    ['KubernetesNetworkConfig', 'ipFamily'],
  ] as const) {
    const node = definition(defs, name).properties?.[field];
    if (!node) throw new Error(`eksctl schema: ${name}.${field} is missing; the patches need updating`);
    if (Array.isArray(node.enum)) node.enum = [...(node.enum as string[]), ''];
    else if (typeof node.pattern === 'string') node.pattern = node.pattern.replace(/\)\$$/, '|)$');
    else throw new Error(`eksctl schema: ${name}.${field} has neither enum nor pattern; the patches need updating`);
  }

  // 6. Every definition with fields is a Go struct that eksctl decodes from a JSON object, but the schema leaves
  //    out `type: object`, so a string, number or list where a section belongs (`metadata: ""`, `vpc: 5`,
  //    `managedNodeGroups: [5]`) passes it while eksctl stops ("json: cannot unmarshal string into Go struct
  //    field ClusterConfig.metadata of type v1alpha5.ClusterMeta"). A null is not affected: the importer drops
  //    null fields and reads null list entries first, as eksctl does (shared/import/empty-list-entries.ts).
  for (const def of Object.values(defs)) if (def.properties && def.type === undefined) def.type = 'object';

  return copy;
}

/** `^(?:[Ii][Pp][Vv]4|...)$`: the values, any letter in either case. */
export function caseInsensitivePattern(values: readonly string[]): string {
  const word = (v: string) =>
    [...v]
      .map((c) =>
        c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
  return `^(?:${values.map(word).join('|')})$`;
}

function definition(defs: Record<string, SchemaNode>, name: string): SchemaNode {
  const def = defs[name];
  if (!def) throw new Error(`eksctl schema: definition "${name}" is missing; the schema patches need updating`);
  return def;
}
