/**
 * The node groups of an exported ClusterConfig as eksctl's validation walks them (`managedNodeGroups[i]`,
 * then `nodeGroups[i]`), with loose readers: a design can hold any value, so nothing here trusts the type.
 */
import type { ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import type { MessageParams } from '../../types.js';
import type { PathSegment } from '../../../util/locate.js';
import { memoizeLast } from '../../../util/memo.js';

export type Obj = Record<string, unknown>;

export interface ConfigNodeGroup {
  list: 'managedNodeGroups' | 'nodeGroups';
  index: number;
  managed: boolean;
  ng: Obj;
  /** The group's name, or `list[index]` when it has none. */
  name: string;
  /** eksctl's own path for messages, e.g. `managedNodeGroups[0]`. */
  label: string;
  at(...rest: PathSegment[]): PathSegment[];
  /** One finding at `path` inside the group, quoting eksctl's message, with the group's name (and `params`). */
  finding(path: PathSegment[], eksctlMessage: string, params?: MessageParams): ConfigFinding[];
}

/** A class, so `at` is one shared method instead of a closure per node group per validation. */
class WalkedNodeGroup implements ConfigNodeGroup {
  readonly managed: boolean;
  readonly name: string;
  readonly label: string;
  constructor(
    readonly list: 'managedNodeGroups' | 'nodeGroups',
    readonly index: number,
    readonly ng: Obj,
  ) {
    this.managed = list === 'managedNodeGroups';
    this.label = `${list}[${index}]`;
    this.name = nonEmpty(ng['name']) ? ng['name'] : this.label;
  }
  at(...rest: PathSegment[]): PathSegment[] {
    return [this.list, this.index, ...rest];
  }
  // A method rather than a closure per group in each rule: the node-group rules all report this shape.
  finding(path: PathSegment[], eksctlMessage: string, params?: MessageParams): ConfigFinding[] {
    return [{ path: this.at(...path), params: { nodeGroup: this.name, ...params, eksctlMessage } }];
  }
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `value` when it is an object, else one shared empty object (rules only read it; frozen, so none can write it). */
export function obj(value: unknown): Obj {
  return isObj(value) ? value : NO_FIELDS;
}
const NO_FIELDS: Obj = Object.freeze({});
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
/** A string that is set and not empty (eksctl's IsSetAndNonEmptyString / `!= ""`). */
export function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** `value` when it is a list, else one shared empty list (frozen: rules only read it). */
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}
const NO_ITEMS = Object.freeze([]) as unknown as unknown[];

/** Every node group of the config, managed first, in eksctl's order; walked once per config for all rules. */
export const configNodeGroups: (config: EksctlClusterConfig) => readonly ConfigNodeGroup[] = memoizeLast((config) => {
  const out: ConfigNodeGroup[] = [];
  for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
    const items = arr((config as unknown as Obj)[list]);
    for (let index = 0; index < items.length; index++)
      if (index in items) out.push(new WalkedNodeGroup(list, index, obj(items[index]))); // holes skipped, as forEach did
  }
  return out;
});

/** eksctl's supported AMI families (SupportedAMIFamilies), to normalise a value case-insensitively as eksctl does. */
const AMI_FAMILIES = [
  'AmazonLinux2023',
  'AmazonLinux2',
  'UbuntuPro2604',
  'Ubuntu2604',
  'UbuntuPro2404',
  'Ubuntu2404',
  'UbuntuPro2204',
  'Ubuntu2204',
  'UbuntuPro2004',
  'Ubuntu2004',
  'Bottlerocket',
  'BottlerocketFips',
  'WindowsServer2019CoreContainer',
  'WindowsServer2019FullContainer',
  'WindowsServer2022CoreContainer',
  'WindowsServer2022FullContainer',
  'WindowsServer2025CoreContainer',
  'WindowsServer2025FullContainer',
];
const AMI_FAMILY_SET: ReadonlySet<string> = new Set(AMI_FAMILIES);
const AMI_FAMILY_BY_LOWER_CASE = new Map(AMI_FAMILIES.map((f) => [f.toLowerCase(), f]));

/** The group's amiFamily as eksctl normalises it (case-insensitive match), '' when unset. */
export function amiFamilyOf(ng: Obj): string {
  const raw = str(ng['amiFamily']) ?? '';
  // Most groups name a family as eksctl spells it (or none): no lower-cased copy for them.
  if (raw === '' || AMI_FAMILY_SET.has(raw)) return raw;
  return AMI_FAMILY_BY_LOWER_CASE.get(raw.toLowerCase()) ?? raw;
}
export const isBottlerocket = (family: string) => family === 'Bottlerocket' || family === 'BottlerocketFips';
export const isWindows = (family: string) => family.startsWith('WindowsServer');
export const isUbuntu = (family: string) => /^Ubuntu(Pro)?\d{4}$/.test(family);
export const isAmazonLinux = (family: string) => family === 'AmazonLinux2' || family === 'AmazonLinux2023';

/** eksctl's InstanceSelector.IsZero: no vCPUs, memory, GPUs, neuron devices, CPU architecture or allow/deny lists. */
export function hasInstanceSelector(ng: Obj): boolean {
  const sel = ng['instanceSelector'];
  if (!isObj(sel)) return false;
  return Object.values(sel).some((v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
}

/** The cluster's Kubernetes minor version as a number (1.35 -> 35), or undefined. */
export function clusterMinor(config: EksctlClusterConfig): number | undefined {
  const m = /^1\.(\d+)$/.exec(String(config.metadata?.version ?? ''));
  return m ? Number(m[1]) : undefined;
}

/** The control plane runs on AWS Outposts (outpost.controlPlaneOutpostARN). */
export function controlPlaneOutpost(config: EksctlClusterConfig): string | undefined {
  const arn = obj((config as unknown as Obj)['outpost'])['controlPlaneOutpostARN'];
  return nonEmpty(arn) ? arn : undefined;
}

/** The switches of a node group's iam.withAddonPolicies (eksctl's NodeGroupIAMAddonPolicies). */
export const ADDON_POLICIES = [
  'autoScaler',
  'externalDNS',
  'certManager',
  'imageBuilder',
  'appMesh',
  'appMeshPreview',
  'ebs',
  'fsx',
  'efs',
  'awsLoadBalancerController',
  'albIngress',
  'xRay',
  'cloudWatch',
] as const;

export const EKSCTL_VALIDATION_SOURCE = 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go';
