/**
 * Compares two designs for a change review: which parts were added, removed or changed (each changed
 * property, old -> new), which connections were added or removed, how each cluster's cluster.yaml changes
 * (a unified line diff), what each side costs a month and the change per cost line, and which findings
 * appear or disappear. Pure: the caller reads the files and passes the day the rules and prices use.
 */
import { createTwoFilesPatch } from 'diff';
import { CostRegionError, diffCost, estimateCost, type CostDiff, type CostEstimate } from '../cost/index.js';
import { buildClusterConfigDetailed } from '../export/cluster-config.js';
import { renderClusterYaml } from '../export/export-yaml.js';
import type { Connection, Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import { checkClusterChanges, type ClusterPart } from '../rules/changes/index.js';
import { defaultRuleContext, validateDesign } from '../rules/engine.js';
import type { Diagnostic, RuleContext } from '../rules/types.js';
import { matchParts } from './match-parts.js';
import { valueChanges, type PropertyChange } from './value-changes.js';

export interface PartRef {
  id: string;
  kind: Part['kind'];
  name: string;
}

export interface PartChange {
  before: PartRef;
  after: PartRef;
  /** How the two were found to be the same part (`subnet`: same AZ, access and CIDR). */
  matchedBy: 'id' | 'kind+name' | 'subnet';
  changes: PropertyChange[];
}

export interface ConnectionRef {
  /** Connection id on its side. */
  id: string;
  from: PartRef;
  to: PartRef;
  label: string;
}

export interface ClusterYamlDiff {
  /** The cluster's name (the second design's, when it is in both). */
  cluster: string;
  before: string;
  after: string;
  /** Unified diff of the two texts; '' when they are the same. */
  patch: string;
}

export interface CostSide {
  region: string;
  currency: 'USD';
  monthlyTotal: number;
}

export interface CostComparison {
  before?: CostSide;
  after?: CostSide;
  /** Per-line changes (ids of the second design for parts in both); absent when a side has no price table. */
  diff?: CostDiff;
  /**
   * Why a side has no estimate when the reason is not a region without prices (those are in `unpriced`, never
   * here): `<label>: <the estimate's message>`, in English. Readers show `unpriced` and then these.
   */
  notes: string[];
  /** The sides whose region has no price table, for a message in the reader's language. */
  unpriced: UnpricedSide[];
}

/** A side of the comparison that has no cost estimate because its region has no prices. */
export interface UnpricedSide {
  side: 'before' | 'after';
  /** The side's label (a file name; `beforeLabel` / `afterLabel`). */
  label: string;
  region: string;
  regionsWithPrices: string[];
}

export interface DesignComparison {
  /** Nothing an architecture review would see differs (positions and sizes of boxes do not count). */
  equal: boolean;
  /** Changes of the design's own name and description. */
  design: PropertyChange[];
  parts: { added: PartRef[]; removed: PartRef[]; changed: PartChange[] };
  connections: { added: ConnectionRef[]; removed: ConnectionRef[] };
  clusterYaml: ClusterYamlDiff[];
  cost: CostComparison;
  /**
   * Findings of the second design the first did not have, and the first's that are gone. `appeared` starts with
   * the findings about the change itself (shared/rules/changes: a Kubernetes version skipped, an IP family
   * switched), which neither design has on its own.
   */
  findings: { appeared: Diagnostic[]; disappeared: Diagnostic[] };
}

export interface CompareOptions {
  /** The day the rules and the prices use (YYYY-MM-DD). */
  today: string;
  ctx?: RuleContext;
  /** File names for the cluster.yaml diff headers. */
  beforeLabel?: string;
  afterLabel?: string;
}

function ref(part: Part): PartRef {
  return { id: part.id, kind: part.kind, name: part.name };
}

/**
 * What a review compares in a part: its name, parent, note, properties and suppressions (accepting a risk is a
 * change a reviewer must see, though no cluster.yaml line shows it). Where a box sits is layout, not
 * architecture; `eksctlOrigin` is the imported file kept for a faithful export, whose effect the cluster.yaml
 * diff shows line by line.
 */
function reviewedFields(part: Part, parentName: (id: string | undefined) => string | undefined): Record<string, unknown> {
  const { eksctlOrigin: _origin, ...props } = part.props as Record<string, unknown>;
  return { name: part.name, parent: parentName(part.parentId), note: part.note, props, suppressions: listed(part.suppressions) };
}

/** A list, or undefined when empty: a part with `suppressions: []` is the same as one without. */
function listed<T>(list: readonly T[] | undefined): readonly T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function connectionRefs(design: Design): ConnectionRef[] {
  const parts = new Map(design.parts.map((p) => [p.id, p]));
  return design.connections.flatMap((c: Connection) => {
    const from = parts.get(c.from);
    const to = parts.get(c.to);
    return from && to ? [{ id: c.id, from: ref(from), to: ref(to), label: c.label }] : [];
  });
}

function clusterYaml(design: Design, clusterId: string): string {
  try {
    const built = buildClusterConfigDetailed(design, { clusterId });
    return renderClusterYaml(built.config, design.name, built.notes);
  } catch (err) {
    return `# cannot export this cluster: ${err instanceof Error ? err.message : String(err)}\n`;
  }
}

function costOf(
  design: Design,
  today: string,
  missing: { notes: string[]; unpriced: UnpricedSide[] },
  side: UnpricedSide['side'],
  label: string,
): CostEstimate | undefined {
  try {
    return estimateCost(design, { today });
  } catch (err) {
    // A region without prices is told once, structured, so each reader words it in its own language; only a
    // reason nothing can word better is kept as the estimate's own message.
    if (err instanceof CostRegionError)
      missing.unpriced.push({ side, label, region: err.region, regionsWithPrices: [...err.knownRegions] });
    else missing.notes.push(`${label}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Key of a finding across the two sides: the rule and its parts (first design's parts under their second-design ids). */
function findingKey(d: Diagnostic, idOf: (id: string) => string): string {
  return [d.ruleId, ...d.partIds.map(idOf), d.partIds.length === 0 ? (d.configPath ?? '') : ''].join('\u0000');
}

export function compareDesigns(before: Design, after: Design, options: CompareOptions): DesignComparison {
  const ctx = options.ctx ?? { ...defaultRuleContext(), today: options.today };
  const matching = matchParts(before.parts, after.parts);
  // A part of the first design under the id its match has in the second, so both sides key alike.
  const idOf = (id: string) => matching.afterIdOf.get(id) ?? `before:${id}`;
  const nameIn = (design: Design) => {
    const names = new Map(design.parts.map((p) => [p.id, p.name]));
    return (id: string | undefined) => (id === undefined ? undefined : (names.get(id) ?? id));
  };

  const changed: PartChange[] = [];
  for (const m of matching.matched) {
    const changes = valueChanges(reviewedFields(m.before, nameIn(before)), reviewedFields(m.after, nameIn(after)));
    if (changes.length > 0) changed.push({ before: ref(m.before), after: ref(m.after), matchedBy: m.by, changes });
  }

  const beforeConnections = connectionRefs(before);
  const afterConnections = connectionRefs(after);
  const afterKeys = new Set(afterConnections.map((c) => `${c.from.id}\u0000${c.to.id}`));
  const beforeKeys = new Set(beforeConnections.map((c) => `${idOf(c.from.id)}\u0000${idOf(c.to.id)}`));
  const connections = {
    removed: beforeConnections.filter((c) => !afterKeys.has(`${idOf(c.from.id)}\u0000${idOf(c.to.id)}`)),
    added: afterConnections.filter((c) => !beforeKeys.has(`${c.from.id}\u0000${c.to.id}`)),
  };

  const clusterPairs: { name: string; before?: string; after?: string }[] = [];
  for (const part of after.parts.filter((p) => p.kind === 'cluster')) {
    const match = matching.matched.find((m) => m.after.id === part.id);
    clusterPairs.push({ name: part.name, ...(match ? { before: match.before.id } : {}), after: part.id });
  }
  for (const part of matching.removed.filter((p) => p.kind === 'cluster'))
    clusterPairs.push({ name: part.name, before: part.id });
  const clusterYamlDiffs = clusterPairs.map((pair) => {
    const beforeText = pair.before ? clusterYaml(before, pair.before) : '';
    const afterText = pair.after ? clusterYaml(after, pair.after) : '';
    const patch =
      beforeText === afterText
        ? ''
        : createTwoFilesPatch(
            `${options.beforeLabel ?? 'before'} (${pair.name})`,
            `${options.afterLabel ?? 'after'} (${pair.name})`,
            beforeText,
            afterText,
            undefined,
            undefined,
            { context: 3 },
          );
    return { cluster: pair.name, before: beforeText, after: afterText, patch };
  });

  const missing = { notes: [] as string[], unpriced: [] as UnpricedSide[] };
  const costBefore = costOf(before, options.today, missing, 'before', options.beforeLabel ?? 'before');
  const costAfter = costOf(after, options.today, missing, 'after', options.afterLabel ?? 'after');
  const side = (e: CostEstimate | undefined): CostSide | undefined =>
    e && { region: e.region, currency: e.currency, monthlyTotal: e.monthlyTotal };
  const cost: CostComparison = {
    ...(costBefore ? { before: side(costBefore) } : {}),
    ...(costAfter ? { after: side(costAfter) } : {}),
    ...(costBefore && costAfter
      ? {
          diff: diffCost(
            {
              ...costBefore,
              lines: costBefore.lines.map((l) => ({ ...l, partId: l.partId && (matching.afterIdOf.get(l.partId) ?? l.partId) })),
            },
            costAfter,
          ),
        }
      : {}),
    ...missing,
  };

  const beforeFindings = validateDesign(before, ctx);
  const afterFindings = validateDesign(after, ctx);
  const afterFindingKeys = new Set(afterFindings.map((d) => findingKey(d, (id) => id)));
  const beforeFindingKeys = new Set(beforeFindings.map((d) => findingKey(d, idOf)));
  const clusterPairsMatched: { before: ClusterPart; after: ClusterPart }[] = [];
  for (const m of matching.matched)
    if (m.before.kind === 'cluster' && m.after.kind === 'cluster') clusterPairsMatched.push({ before: m.before, after: m.after });
  const findings = {
    appeared: [
      ...checkClusterChanges(clusterPairsMatched),
      ...afterFindings.filter((d) => !beforeFindingKeys.has(findingKey(d, (id) => id))),
    ],
    disappeared: beforeFindings.filter((d) => !afterFindingKeys.has(findingKey(d, idOf))),
  };

  const design = valueChanges(
    { name: before.name, description: before.description, suppressions: listed(before.suppressions) },
    { name: after.name, description: after.description, suppressions: listed(after.suppressions) },
  );
  const parts = { added: matching.added.map(ref), removed: matching.removed.map(ref), changed };
  const equal =
    design.length === 0 &&
    parts.added.length === 0 &&
    parts.removed.length === 0 &&
    changed.length === 0 &&
    connections.added.length === 0 &&
    connections.removed.length === 0 &&
    clusterYamlDiffs.every((d) => d.patch === '');
  return { equal, design, parts, connections, clusterYaml: clusterYamlDiffs, cost, findings };
}
