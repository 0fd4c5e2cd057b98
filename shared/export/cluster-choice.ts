/**
 * Which cluster an export from the editor means. A design may hold several clusters while one
 * cluster.yaml describes exactly one, so the editor exports the cluster the user is working on: the
 * selected one, or the one around the selected parts. When that says nothing (no selection, parts of
 * two clusters, a part outside every cluster in a VPC with several), the editor has to ask.
 */
import type { Design } from '../model/design.js';
import type { Part, PartKind } from '../model/parts.js';

export interface ClusterOption {
  id: string;
  name: string;
}

export interface ClusterChoice {
  /** Every cluster of the design, in document order. */
  clusters: ClusterOption[];
  /** The cluster to export; undefined when the design has none, or several and the selection does not tell. */
  clusterId: string | undefined;
}

/**
 * The cluster a selection points at. A part inside a cluster points at that cluster; a part outside
 * every cluster (a subnet, a load balancer, the VPC itself) points at its VPC's cluster when the VPC
 * holds exactly one. The selection decides only when all its parts point at the same cluster.
 */
export function chooseCluster(design: Design, selection: readonly string[]): ClusterChoice {
  const clusters = design.parts.filter((p) => p.kind === 'cluster');
  const options = clusters.map((c) => ({ id: c.id, name: c.name }));
  if (clusters.length <= 1) return { clusters: options, clusterId: clusters[0]?.id };
  // A parent walk, not a DesignIndex: the YAML preview asks on every selection change of a big design.
  const byId = new Map(design.parts.map((p) => [p.id, p]));
  const ancestor = (part: Part, kind: PartKind): Part | undefined => {
    let cursor: Part | undefined = part;
    for (let depth = 0; cursor && depth <= design.parts.length; depth++) {
      if (cursor.kind === kind) return cursor;
      cursor = cursor.parentId === undefined ? undefined : byId.get(cursor.parentId);
    }
    return undefined;
  };
  const pointed = new Set<string | undefined>();
  for (const id of selection) {
    const part = byId.get(id);
    if (!part) continue;
    const own = ancestor(part, 'cluster');
    if (own) {
      pointed.add(own.id);
      continue;
    }
    const vpc = ancestor(part, 'vpc');
    const inVpc = vpc ? clusters.filter((c) => ancestor(c, 'vpc') === vpc) : [];
    pointed.add(inVpc.length === 1 ? inVpc[0]!.id : undefined);
  }
  const only = pointed.size === 1 ? [...pointed][0] : undefined;
  return { clusters: options, clusterId: only };
}

/**
 * The file name an export suggests: `cluster.yaml` for the only cluster (what `eksctl create cluster -f`
 * examples use), the cluster's own name when the design has several, so two exports do not overwrite
 * each other.
 */
export function exportFileName(choice: ClusterChoice, clusterId: string): string {
  if (choice.clusters.length <= 1) return 'cluster.yaml';
  const name = choice.clusters.find((c) => c.id === clusterId)?.name ?? 'cluster';
  return `${name}.yaml`;
}
