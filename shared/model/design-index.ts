/**
 * Read-only lookups over a design, built once per validation so every rule runs in about linear time:
 * parts by id and kind, children, connections by end, and the subnets each part effectively uses.
 */
import { parseCidr, splitCidr, type Ipv4Cidr } from '../util/cidr.js';
import { memoByString } from '../util/memo.js';
import { isExistingVpc } from './cluster-network.js';
import type { Connection, Design } from './design.js';
import type { LoadBalancerPart, NodeGroupPart, Part, PartKind, PartOf } from './parts.js';

/**
 * A subnet as the cluster will have it: drawn on the canvas (`part` set) or implied, when eksctl lays
 * out the subnets of a VPC that has none drawn.
 */
export interface EffectiveSubnet {
  part?: PartOf<'subnet'>;
  availabilityZone: string;
  cidr: string;
  access: 'public' | 'private';
}

/** Where a workload's pods run. */
export type WorkloadPlacement =
  | { on: 'node-group'; nodeGroup: NodeGroupPart }
  | { on: 'fargate'; profile: PartOf<'fargate-profile'> }
  | { on: 'cluster'; cluster: PartOf<'cluster'> }
  | { on: 'nowhere' };

/** A key for DesignIndex.memo: one object per kind of memoised fact, typed by its value. */
export interface MemoSlot<T> {
  readonly name: string;
  /** Only carries T for the compiler. */
  readonly valueType?: (value: T) => void;
}

export function memoSlot<T>(name: string): MemoSlot<T> {
  return { name };
}

/** workloadsOf's lists by cluster id: the export's IAM mapping alone asks three times per cluster. */
const WORKLOADS_OF = memoSlot<Map<string, readonly PartOf<'workload'>[]>>('workloads of cluster');

const NODE_GROUPS = memoSlot<readonly NodeGroupPart[]>('node groups');
const LOAD_BALANCERS = memoSlot<readonly LoadBalancerPart[]>('load balancers');

export class DesignIndex {
  readonly byId = new Map<string, Part>();
  private readonly kinds = new Map<PartKind, Part[]>();
  private readonly childMap = new Map<string, Part[]>();
  private readonly outgoing = new Map<string, Connection[]>();
  private readonly incoming = new Map<string, Connection[]>();
  private readonly subnetCache = new Map<string, EffectiveSubnet[]>();
  /** childrenOfKind's answers by kind then parent id: about 1,500 calls per validation of a 1,000-part design. */
  private readonly childrenByKind = new Map<PartKind, Map<string, readonly Part[]>>();
  /** ancestor's answers by kind then part id (clusterOf and vpcOf walk the same chains for every rule). */
  private readonly placementCache = new Map<string, readonly EffectiveSubnet[]>();
  private readonly ancestorByKind = new Map<PartKind, Map<string, Part | null>>();

  /** Values rules and the export compute once per index (see memo). */
  private readonly memos = new Map<object, unknown>();

  constructor(readonly design: Design) {
    // Indexed loops in this file: until TurboFan optimises a function, for...of allocates an iterator and a
    // result object per element, about a third of what a validation of the 1,000-part design allocated.
    const parts = design.parts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      this.byId.set(part.id, part);
      push(this.kinds, part.kind, part);
      if (part.parentId !== undefined) push(this.childMap, part.parentId, part);
    }
    const connections = design.connections;
    for (let i = 0; i < connections.length; i++) {
      const c = connections[i]!;
      push(this.outgoing, c.from, c);
      push(this.incoming, c.to, c);
    }
  }

  /**
   * The value of `slot` for this index, computed on first use: facts several rules share live as long as
   * the validation's index. A Map here rather than a module WeakMap keyed by the index: WeakMap entries for
   * objects that live one validation cost the garbage collector more than they save.
   */
  memo<T>(slot: MemoSlot<T>, compute: (index: DesignIndex) => T): T {
    // One lookup on a hit (has() only for a stored undefined): rules ask thousands of times per validation.
    // `compute` gets the index, so callers can pass a module function instead of a closure per question.
    const hit = this.memos.get(slot);
    if (hit !== undefined || this.memos.has(slot)) return hit as T;
    const value = compute(this);
    this.memos.set(slot, value);
    return value;
  }

  /** memo per part: the value of `slot` for the part with `id`, computed on first use. */
  memoOf<T, A = undefined>(
    slot: MemoSlot<Map<string, T>>,
    id: string,
    compute: (index: DesignIndex, arg: A) => T,
    /** Passed to `compute` (e.g. the part), so callers need no closure per question. */
    arg?: A,
  ): T {
    // The per-part map directly, not through memo: no closure to allocate on every call.
    let byId = this.memos.get(slot) as Map<string, T> | undefined;
    if (!byId) this.memos.set(slot, (byId = new Map<string, T>()));
    const hit = byId.get(id);
    if (hit !== undefined || byId.has(id)) return hit as T;
    const value = compute(this, arg as A);
    byId.set(id, value);
    return value;
  }

  get parts(): readonly Part[] {
    return this.design.parts;
  }

  /** All parts of one kind, in document order. */
  ofKind<K extends PartKind>(kind: K): readonly PartOf<K>[] {
    return (this.kinds.get(kind) ?? []) as PartOf<K>[];
  }

  /** Managed then self-managed node groups (one shared list per index: about forty rules ask). */
  nodeGroups(): readonly NodeGroupPart[] {
    return this.memo(NODE_GROUPS, allNodeGroups);
  }

  /** ALBs then NLBs (one shared list per index). */
  loadBalancers(): readonly LoadBalancerPart[] {
    return this.memo(LOAD_BALANCERS, allLoadBalancers);
  }

  get<K extends PartKind>(id: string | undefined, kind?: K): PartOf<K> | undefined {
    if (id === undefined) return undefined;
    const part = this.byId.get(id);
    if (!part || (kind !== undefined && part.kind !== kind)) return undefined;
    return part as PartOf<K>;
  }

  parent(part: Part): Part | undefined {
    return part.parentId === undefined ? undefined : this.byId.get(part.parentId);
  }

  children(part: Part | string): readonly Part[] {
    return this.childMap.get(typeof part === 'string' ? part : part.id) ?? [];
  }

  /** The children of `kind`, in document order (one shared list per part and kind: do not change it). */
  childrenOfKind<K extends PartKind>(part: Part, kind: K): readonly PartOf<K>[] {
    let byParent = this.childrenByKind.get(kind);
    if (!byParent) this.childrenByKind.set(kind, (byParent = new Map()));
    let list = byParent.get(part.id);
    if (!list) byParent.set(part.id, (list = ofKind(this.children(part), kind)));
    return list as readonly PartOf<K>[];
  }

  /** The nearest enclosing part of `kind`, the part itself included. */
  ancestor<K extends PartKind>(part: Part, kind: K): PartOf<K> | undefined {
    if (part.kind === kind) return part as PartOf<K>;
    let byPart = this.ancestorByKind.get(kind);
    if (!byPart) this.ancestorByKind.set(kind, (byPart = new Map()));
    // null: known to have none. One lookup on a hit: clusterOf and vpcOf ask thousands of times per validation.
    const known = byPart.get(part.id);
    if (known !== undefined) return (known ?? undefined) as PartOf<K> | undefined;
    let cursor: Part | undefined = part;
    let found: Part | undefined;
    for (let guard = 0; cursor && guard <= this.design.parts.length; guard++) {
      if (cursor.kind === kind) {
        found = cursor;
        break;
      }
      cursor = this.parent(cursor);
    }
    byPart.set(part.id, found ?? null);
    return found as PartOf<K> | undefined;
  }

  /** Every part nested (at any depth) inside `part`. */
  descendants(part: Part): Part[] {
    const out: Part[] = [];
    const stack = this.children(part).slice();
    while (stack.length > 0) {
      const p = stack.pop()!;
      out.push(p);
      const children = this.children(p);
      for (let i = 0; i < children.length; i++) stack.push(children[i]!);
    }
    return out;
  }

  connectionsFrom(part: Part | string): readonly Connection[] {
    return this.outgoing.get(typeof part === 'string' ? part : part.id) ?? [];
  }

  connectionsTo(part: Part | string): readonly Connection[] {
    return this.incoming.get(typeof part === 'string' ? part : part.id) ?? [];
  }

  /** Parts that `part` connects to (of `kind`, when given). */
  targetsOf<K extends PartKind>(part: Part, kind?: K): PartOf<K>[] {
    return this.partsAtEnd(this.connectionsFrom(part), 'to', kind);
  }

  /** Parts that connect to `part` (of `kind`, when given). */
  sourcesOf<K extends PartKind>(part: Part, kind?: K): PartOf<K>[] {
    return this.partsAtEnd(this.connectionsTo(part), 'from', kind);
  }

  /** The parts at one end of `connections` (of `kind`, when given). */
  private partsAtEnd<K extends PartKind>(connections: readonly Connection[], end: 'from' | 'to', kind?: K): PartOf<K>[] {
    // A loop rather than map + filter: about 2,000 calls per validation, one array each.
    const out: PartOf<K>[] = [];
    for (let i = 0; i < connections.length; i++) {
      const p = this.byId.get(connections[i]![end]);
      if (p !== undefined && (kind === undefined || p.kind === kind)) out.push(p as PartOf<K>);
    }
    return out;
  }

  /** The cluster a part belongs to (itself, its ancestor). */
  clusterOf(part: Part): PartOf<'cluster'> | undefined {
    return this.ancestor(part, 'cluster');
  }

  /** The VPC a part sits in; a cluster without a VPC part uses the VPC eksctl creates by default. */
  vpcOf(part: Part): PartOf<'vpc'> | undefined {
    return this.ancestor(part, 'vpc');
  }

  /**
   * Subnets of a VPC: the drawn ones, or the ones eksctl would create (public + private per AZ). The region
   * argument is no longer needed (implied subnets name no real zones) and kept for existing callers.
   */
  subnetsOfVpc(vpc: PartOf<'vpc'>, _region?: string): EffectiveSubnet[] {
    const cached = this.subnetCache.get(vpc.id);
    if (cached) return cached;
    const drawn = this.childrenOfKind(vpc, 'subnet');
    const result: EffectiveSubnet[] =
      drawn.length > 0
        ? drawn.map(effectiveSubnet)
        : impliedSubnets(vpc.props.cidr, vpc.props.azCount, vpc.props.availabilityZones);
    this.subnetCache.set(vpc.id, result);
    return result;
  }

  /** True when eksctl lays out the subnets (the VPC has no subnet parts and is not an existing VPC). */
  subnetsCreatedByEksctl(vpc: PartOf<'vpc'>): boolean {
    return this.childrenOfKind(vpc, 'subnet').length === 0;
  }

  /** Whether the VPC exists already: it has an id, or one of its subnets does (see isExistingVpc). */
  isExistingVpc(vpc: PartOf<'vpc'>): boolean {
    return isExistingVpc(vpc, this.childrenOfKind(vpc, 'subnet'));
  }

  /** Region of the first cluster in the VPC (or of the design's first cluster). */
  regionOf(part: Part): string {
    const cluster =
      this.clusterOf(part) ??
      this.descendants(part).find((p): p is PartOf<'cluster'> => p.kind === 'cluster') ??
      this.ofKind('cluster')[0];
    return cluster?.props.region ?? 'us-east-1';
  }

  /** Subnets the EKS control plane uses: every subnet of the cluster's VPC. */
  clusterSubnets(cluster: PartOf<'cluster'>): EffectiveSubnet[] {
    const vpc = this.vpcOf(cluster);
    return vpc ? this.subnetsOfVpc(vpc, cluster.props.region) : impliedSubnets('192.168.0.0/16', 3);
  }

  /**
   * Subnets by part id when given, else the VPC's subnets of the wanted access. One list per owner (node group,
   * Fargate profile, load balancer) and validation: a dozen rules ask for them. The list is shared: do not change it.
   */
  private placementSubnets(owner: Part, subnetIds: readonly string[], access: 'public' | 'private'): readonly EffectiveSubnet[] {
    let list = this.placementCache.get(owner.id);
    if (!list) this.placementCache.set(owner.id, (list = this.placementSubnetsUncached(owner, subnetIds, access)));
    return list;
  }

  private placementSubnetsUncached(owner: Part, subnetIds: readonly string[], access: 'public' | 'private'): EffectiveSubnet[] {
    const out: EffectiveSubnet[] = [];
    if (subnetIds.length > 0) {
      for (let i = 0; i < subnetIds.length; i++) {
        const part = this.get(subnetIds[i], 'subnet');
        if (part) out.push(effectiveSubnet(part));
      }
      return out;
    }
    const cluster = this.clusterOf(owner);
    const vpc = cluster ? undefined : this.vpcOf(owner);
    const all = cluster ? this.clusterSubnets(cluster) : vpc ? this.subnetsOfVpc(vpc) : [];
    // A loop, not filter: once per node group, Fargate profile and load balancer, without a closure each.
    for (let i = 0; i < all.length; i++) if (all[i]!.access === access) out.push(all[i]!);
    return out;
  }

  nodeGroupSubnets(ng: NodeGroupPart): readonly EffectiveSubnet[] {
    return this.placementSubnets(ng, ng.props.subnetIds, ng.props.privateNetworking ? 'private' : 'public');
  }

  fargateSubnets(fp: PartOf<'fargate-profile'>): readonly EffectiveSubnet[] {
    return this.placementSubnets(fp, fp.props.subnetIds, 'private');
  }

  loadBalancerSubnets(lb: LoadBalancerPart): readonly EffectiveSubnet[] {
    return this.placementSubnets(lb, lb.props.subnetIds, lb.props.scheme === 'internet-facing' ? 'public' : 'private');
  }

  /** Where a workload's pods run: its node group or Fargate profile, or a Fargate profile whose selector matches it. */
  placementOf(workload: PartOf<'workload'>): WorkloadPlacement {
    const parent = this.parent(workload);
    if (!parent) return { on: 'nowhere' };
    if (parent.kind === 'managed-node-group' || parent.kind === 'self-managed-node-group')
      return { on: 'node-group', nodeGroup: parent };
    if (parent.kind === 'fargate-profile') return { on: 'fargate', profile: parent };
    if (parent.kind === 'cluster') {
      // The cluster's profiles are listed once (childrenOfKind keeps them), so placing every workload stays linear.
      const profile = this.childrenOfKind(parent, 'fargate-profile').find((fp) => fargateProfileMatches(fp, workload));
      return profile ? { on: 'fargate', profile } : { on: 'cluster', cluster: parent };
    }
    return { on: 'nowhere' };
  }

  /** Workloads of a cluster, at any depth, in tree order (one shared list per cluster: do not change it). */
  workloadsOf(cluster: PartOf<'cluster'>): readonly PartOf<'workload'>[] {
    // The memo by hand, without a closure per call: the export and rules ask for each cluster many times.
    let byId = this.memos.get(WORKLOADS_OF) as Map<string, readonly PartOf<'workload'>[]> | undefined;
    if (!byId) this.memos.set(WORKLOADS_OF, (byId = new Map()));
    let list = byId.get(cluster.id);
    if (list === undefined) byId.set(cluster.id, (list = this.descendantsOfKind(cluster, 'workload')));
    return list;
  }

  /** descendants(part) of `kind`, in the same order, without the list of all of them. */
  private descendantsOfKind<K extends PartKind>(part: Part, kind: K): PartOf<K>[] {
    const out: PartOf<K>[] = [];
    const stack = this.children(part).slice();
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (p.kind === kind) out.push(p as PartOf<K>);
      const children = this.children(p);
      for (let i = 0; i < children.length; i++) stack.push(children[i]!);
    }
    return out;
  }
}

/** The pods' namespace and labels, which is all a Fargate selector reads (a workload's, or an add-on's). */
export interface PodIdentity {
  props: { namespace: string; labels: Readonly<Record<string, string>> };
}

/** Whether a Fargate profile's selectors pick up pods (namespace with * and ? wildcards, labels all equal). */
export function fargateProfileMatches(fp: PartOf<'fargate-profile'>, pods: PodIdentity): boolean {
  return fp.props.selectors.some(
    (s) =>
      wildcardMatch(s.namespace, pods.props.namespace) && Object.entries(s.labels).every(([k, v]) => pods.props.labels[k] === v),
  );
}

/** Whether a Fargate selector's namespace pattern (`*` any run of characters, `?` one) matches `value`. */
export function wildcardMatch(pattern: string, value: string): boolean {
  return wildcardRegExp(pattern).test(value);
}

/** One regular expression per distinct pattern: rules match every workload against every profile's selectors. */
const wildcardRegExp = memoByString(
  (pattern) =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    ),
);

/** Prefix of the stand-in AZ names of implied subnets in zones eksctl picks at create time. */
export const EKSCTL_PICKED_ZONE = 'eksctl-picked-zone-';

/** Whether an effective subnet's AZ is a stand-in for a zone eksctl picks (no real AZ name to check). */
export function isEksctlPickedZone(availabilityZone: string): boolean {
  return availabilityZone.startsWith(EKSCTL_PICKED_ZONE);
}

/**
 * The subnets eksctl creates for a VPC with no subnets given: one public and one private subnet per AZ,
 * cut from the VPC CIDR in equal blocks (eksctl splits a /16 into /19s). The zones are the picked ones when
 * given (duplicates count once, as eksctl lays out one pair per distinct zone); otherwise eksctl chooses them
 * when it creates the cluster, so they are `azCount` distinct stand-ins (`eksctl-picked-zone-1`, ...), never
 * invented AZ names (region + a, b, c may name a zone the account or EKS cannot use).
 */
export function impliedSubnets(vpcCidr: string, azCount: number, picked?: readonly string[]): EffectiveSubnet[] {
  const zones =
    picked && picked.length > 0
      ? [...new Set(picked)]
      : Array.from({ length: azCount }, (_, i) => `${EKSCTL_PICKED_ZONE}${i + 1}`);
  const count = zones.length;
  const cidr: Ipv4Cidr | undefined = parseCidr(vpcCidr);
  const bits = Math.max(3, Math.ceil(Math.log2(count * 2)));
  const blocks = cidr ? splitCidr(cidr, bits) : [];
  const out: EffectiveSubnet[] = [];
  for (let i = 0; i < count; i++) {
    const az = zones[i]!;
    out.push({ availabilityZone: az, cidr: blocks[i]?.text ?? '', access: 'public' });
    out.push({ availabilityZone: az, cidr: blocks[count + i]?.text ?? '', access: 'private' });
  }
  return out;
}

/** A drawn subnet as an effective one. */
function effectiveSubnet(part: PartOf<'subnet'>): EffectiveSubnet {
  return { part, availabilityZone: part.props.availabilityZone, cidr: part.props.cidr, access: part.props.access };
}

function allNodeGroups(index: DesignIndex): readonly NodeGroupPart[] {
  return [...index.ofKind('managed-node-group'), ...index.ofKind('self-managed-node-group')];
}

function allLoadBalancers(index: DesignIndex): readonly LoadBalancerPart[] {
  return [...index.ofKind('alb'), ...index.ofKind('nlb')];
}

/** The parts of `kind` among `parts`, in order (a loop: childrenOfKind fills about 1,500 lists per validation). */
function ofKind(parts: readonly Part[], kind: PartKind): Part[] {
  const out: Part[] = [];
  for (let i = 0; i < parts.length; i++) if (parts[i]!.kind === kind) out.push(parts[i]!);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
