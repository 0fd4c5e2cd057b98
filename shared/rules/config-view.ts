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
import type { DesignIndex } from '../model/design-index.js';
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

const cache = new WeakMap<DesignIndex, readonly ConfigView[]>();

/** One view per cluster of the design, built once per index (so once per validation). */
export function configViews(index: DesignIndex): readonly ConfigView[] {
  let views = cache.get(index);
  if (!views) {
    views = index.ofKind('cluster').map((cluster) => buildView(index, cluster));
    cache.set(index, views);
  }
  return views;
}

const NAMED_LISTS = {
  managedNodeGroups: 'managed-node-group',
  nodeGroups: 'self-managed-node-group',
  fargateProfiles: 'fargate-profile',
} as const;

function buildView(index: DesignIndex, cluster: PartOf<'cluster'>): ConfigView {
  const built = buildClusterConfigOf(index, cluster, { forRules: true });
  const config = built.config as unknown as EksctlClusterConfig;
  const vpc = index.vpcOf(cluster);
  const subnetByKey = new Map<string, string>();
  for (const [partId, ref] of built.subnetRefs) subnetByKey.set(`${ref.access}/${ref.key}`, partId);

  const partsAt = (path: readonly PathSegment[]): string[] => {
    const [head, second, third, fourth] = path;
    if (typeof head === 'string' && head in NAMED_LISTS && typeof second === 'number') {
      const kind = NAMED_LISTS[head as keyof typeof NAMED_LISTS];
      const list = (config as unknown as Record<string, unknown>)[head];
      const item = Array.isArray(list) ? (list[second] as { name?: unknown } | undefined) : undefined;
      const part = index.childrenOfKind(cluster, kind).find((p) => p.name === item?.name);
      if (part) return [part.id];
    }
    if (head === 'vpc') {
      if (second === 'subnets' && typeof third === 'string' && typeof fourth === 'string') {
        const subnet = subnetByKey.get(`${third}/${fourth}`);
        if (subnet) return [subnet];
      }
      if (vpc) return [vpc.id];
    }
    return [cluster.id];
  };
  return { cluster, config, partsAt };
}
