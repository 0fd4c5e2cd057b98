/**
 * The ClusterConfig each cluster of a design exports, as the rules see it. eksctl validates that file, not
 * the canvas, so eksctl's rules read it here: fields drawn on the canvas and fields an import carried
 * through (`props.extra`, the imported original) alike, in the one shape eksctl's schema defines.
 *
 * The type is the schema's, but the values are whatever the design holds: a field of the wrong type is the
 * schema check's finding, so rules compare values (`=== true`, `typeof`) instead of trusting the type.
 */
import type { EksctlClusterConfig } from '../eksctl/generated/cluster-config-types.js';
import { buildClusterConfigOf } from '../export/cluster-config.js';
import type { SubnetRef } from '../export/map-network.js';
import { memoSlot, type DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import type { PathSegment } from '../util/locate.js';

export type { EksctlClusterConfig };

export interface ConfigView {
  readonly cluster: PartOf<'cluster'>;
  /** Exactly what `eksctl create cluster -f` would read for this cluster. */
  readonly config: EksctlClusterConfig;
  /** The parts a config path is about (node group, Fargate profile, subnet, VPC), else the cluster. */
  partsAt(path: readonly PathSegment[]): string[];
}

const VIEWS = memoSlot<readonly ConfigView[]>('config views');

/**
 * Every cluster's view at once, built once per index. The engine does not use this: it builds one view at a
 * time (shared/rules/view-pass.ts), so a view is garbage as soon as its cluster's config rules are done instead
 * of living through the whole validation (keeping all of them alive cost about a fifth of validation time in
 * garbage collection). This serves rules called outside the engine and the facts below.
 */
export function configViews(index: DesignIndex): readonly ConfigView[] {
  return index.memo(VIEWS, () => index.ofKind('cluster').map((cluster) => buildConfigView(index, cluster)));
}

/** A value a rule reads off one cluster's view; `undefined` for an id that is not a cluster's. */
export type ViewFact<T> = (index: DesignIndex, clusterId: string | undefined) => T | undefined;

/**
 * What a view fact knows for one index: each cluster's value, and the first failure (which every question then
 * throws, so a cluster whose `read` threw needs no entry of its own).
 */
interface FactState<T> {
  byCluster: Map<string, T>;
  failure?: { error: unknown };
}
const FACT_RECORDERS: ((index: DesignIndex, view: ConfigView) => void)[] = [];
const FACT_FAILERS: ((index: DesignIndex, error: unknown) => void)[] = [];

/**
 * A fact about each cluster's config for a rule that is not a config rule (e.g. whether the VPC CNI runs with
 * prefix delegation, for node capacity). The engine records every fact while it holds the cluster's view; a
 * question the engine did not answer (a rule run on its own) builds the views. As when the rule read the views
 * itself, a view or a `read` that throws makes every question about that index throw the first such error.
 */
export function defineViewFact<T>(read: (view: ConfigView, index: DesignIndex) => T): ViewFact<T> {
  const slot = memoSlot<FactState<T>>('view fact');
  // One function for memo to call, not a closure per question: the engine records each fact once per cluster.
  const fresh = (): FactState<T> => ({ byCluster: new Map() });
  const stateOf = (index: DesignIndex) => index.memo(slot, fresh);
  const record = (index: DesignIndex, view: ConfigView): void => {
    const state = stateOf(index);
    try {
      state.byCluster.set(view.cluster.id, read(view, index));
    } catch (error) {
      state.failure ??= { error };
    }
  };
  FACT_RECORDERS.push(record);
  FACT_FAILERS.push((index, error) => {
    stateOf(index).failure = { error };
  });
  return (index, clusterId) => {
    const state = stateOf(index);
    if (state.byCluster.size === 0 && !state.failure) for (const view of configViews(index)) record(index, view);
    if (state.failure) throw state.failure.error;
    return clusterId === undefined ? undefined : state.byCluster.get(clusterId);
  };
}

/** Records every view fact for `view` (the engine, while it holds the view). */
export function recordViewFacts(index: DesignIndex, view: ConfigView): void {
  for (let i = 0; i < FACT_RECORDERS.length; i++) FACT_RECORDERS[i]!(index, view);
}

/** Makes every view fact of `index` throw `error` (a view could not be built, as configViews would throw). */
export function failViewFacts(index: DesignIndex, error: unknown): void {
  for (const fail of FACT_FAILERS) fail(index, error);
}

const NAMED_LISTS = {
  managedNodeGroups: 'managed-node-group',
  nodeGroups: 'self-managed-node-group',
  fargateProfiles: 'fargate-profile',
} as const;

/** The view of one cluster, built afresh. */
export function buildConfigView(index: DesignIndex, cluster: PartOf<'cluster'>): ConfigView {
  const built = buildClusterConfigOf(index, cluster, { forRules: true });
  return new BuiltConfigView(index, cluster, built.config as unknown as EksctlClusterConfig, built.subnetRefs);
}

/**
 * A class, so `partsAt` is one shared method rather than a closure per view, and the subnet keys are mapped
 * only when a finding asks for a subnet's part (most views have no finding there).
 */
class BuiltConfigView implements ConfigView {
  private subnetByKey: Map<string, string> | undefined;

  constructor(
    private readonly index: DesignIndex,
    readonly cluster: PartOf<'cluster'>,
    readonly config: EksctlClusterConfig,
    private readonly subnetRefs: ReadonlyMap<string, SubnetRef>,
  ) {}

  partsAt(path: readonly PathSegment[]): string[] {
    const { index, cluster, config } = this;
    const [head, second, third, fourth] = path;
    if (typeof head === 'string' && head in NAMED_LISTS && typeof second === 'number') {
      const kind = NAMED_LISTS[head as keyof typeof NAMED_LISTS];
      const list = (config as unknown as Record<string, unknown>)[head];
      const item = Array.isArray(list) ? (list[second] as { name?: unknown } | undefined) : undefined;
      const part = index.childrenOfKind(cluster, kind).find((p) => p.name === item?.name);
      if (part) return [part.id];
    }
    // A zone of a VPC eksctl creates is where drawn subnets are: the finding belongs to them.
    if (head === 'availabilityZones' && typeof second === 'number' && path.length === 2) {
      const zone = config.availabilityZones?.[second];
      const drawn = [...this.subnetRefs].filter(([, ref]) => ref.eksctlBuilt && ref.az === zone).map(([id]) => id);
      if (drawn.length > 0) return drawn;
    }
    if (head === 'vpc') {
      if (second === 'subnets' && typeof third === 'string' && typeof fourth === 'string') {
        const subnet = this.subnetOfKey(`${third}/${fourth}`);
        if (subnet) return [subnet];
      }
      const vpc = index.vpcOf(cluster);
      if (vpc) return [vpc.id];
    }
    return [cluster.id];
  }

  /** The subnet part written under vpc.subnets.<access>.<key> (`key` here is `access/key`). */
  private subnetOfKey(key: string): string | undefined {
    if (!this.subnetByKey) {
      this.subnetByKey = new Map();
      for (const [partId, ref] of this.subnetRefs) this.subnetByKey.set(`${ref.access}/${ref.key}`, partId);
    }
    return this.subnetByKey.get(key);
  }
}
