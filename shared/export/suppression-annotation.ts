/**
 * Writes the design's suppressions into cluster.yaml's `metadata.annotations` (the format is in
 * shared/eksctl/suppression-annotation.ts), so they survive design -> cluster.yaml -> design. Only parts the
 * file names travel: those an import draws again. A design without suppressions gets no annotation, so its
 * export is the same bytes as before suppressions existed.
 */
import {
  encodeSuppressionEntries,
  MAX_SUPPRESSION_ENTRIES,
  suppressionEntry,
  SUPPRESSIONS_ANNOTATION,
  type AnnotatedKind,
  type SuppressionEntry,
} from '../eksctl/suppression-annotation.js';
import { isPlainObject } from '../eksctl/json.js';
import { ExportError } from './errors.js';
import { eksctlBuildsPrivateVpc } from '../model/cluster-network.js';
import type { DesignIndex } from '../model/design-index.js';
import type { Part, PartOf } from '../model/parts.js';
import type { SubnetRef } from './map-network.js';
import type { ClusterConfig } from './types.js';
import { workloadsWithPolicies } from './workload-iam.js';

interface NamedPart {
  part: Part;
  kind: AnnotatedKind;
  name?: string;
  access?: 'public' | 'private';
}

/** The parts of `cluster`'s config, each with the name cluster.yaml gives it, in the order the file lists them. */
function namedParts(index: DesignIndex, cluster: PartOf<'cluster'>, refs: ReadonlyMap<string, SubnetRef>): NamedPart[] {
  const out: NamedPart[] = [{ part: cluster, kind: 'cluster', name: cluster.name }];
  const vpc = index.vpcOf(cluster);
  if (vpc) {
    out.push({ part: vpc, kind: 'vpc' });
    // Public subnets eksctl's fully-private VPC would not create are not in the file (map-network.ts).
    const privateVpc = eksctlBuildsPrivateVpc(cluster, vpc, index.childrenOfKind(vpc, 'subnet'));
    for (const subnet of index.childrenOfKind(vpc, 'subnet')) {
      const ref = refs.get(subnet.id);
      if (!ref || (privateVpc && ref.access === 'public' && !ref.id)) continue;
      // eksctl creates one subnet per zone and access, and the file names none of them (availabilityZones only):
      // the import draws that one subnet, so every drawn subnet of the zone is named by the zone.
      out.push({ part: subnet, kind: 'subnet', name: ref.eksctlBuilt ? ref.az : ref.key, access: ref.access });
    }
    for (const network of index.sourcesOf(vpc, 'on-prem-network')) out.push({ part: network, kind: 'on-prem-network' });
  }
  for (const kind of ['managed-node-group', 'self-managed-node-group', 'fargate-profile'] as const)
    for (const part of index.childrenOfKind(cluster, kind)) out.push({ part, kind, name: part.name });
  for (const w of workloadsWithPolicies(index, cluster))
    out.push({ part: w, kind: 'workload', name: `${w.props.namespace}/${w.name}` });
  return out;
}

/** The annotation's entries for `cluster`'s config: the design's suppressions first, then its parts'. */
export function suppressionEntries(
  index: DesignIndex,
  cluster: PartOf<'cluster'>,
  refs: ReadonlyMap<string, SubnetRef>,
): SuppressionEntry[] {
  const entries = (index.design.suppressions ?? []).map((s) => suppressionEntry({ kind: 'design' }, s));
  // Most designs have none: skip naming the parts then (export runs on every edit for the preview).
  if (!index.design.parts.some((p) => (p.suppressions?.length ?? 0) > 0)) return entries;
  // Two drawn subnets of one zone in a VPC eksctl creates name the same subnet: its rule is written once.
  const written = new Set<string>();
  for (const named of namedParts(index, cluster, refs))
    for (const s of named.part.suppressions ?? []) {
      const key = JSON.stringify([named.kind, named.name, named.access, s.ruleId]);
      if (written.has(key)) continue;
      written.add(key);
      entries.push(suppressionEntry(named, s));
    }
  return entries;
}

/**
 * Sets the annotation on `config` (in place) when there are entries, next to any annotations the user's
 * file carried (those are kept; only this one key is the design's). Without entries the key is removed,
 * and an annotations map left empty by that goes too.
 * @throws ExportError `too-many-suppressions` for more entries than the import reads back (MAX_SUPPRESSION_ENTRIES)
 */
export function writeSuppressionAnnotation(config: ClusterConfig, entries: readonly SuppressionEntry[]): void {
  const { metadata } = config;
  // The import reads no more than this; writing more would lose the rest on the way back without a word.
  if (entries.length > MAX_SUPPRESSION_ENTRIES)
    throw new ExportError('too-many-suppressions', {
      id: 'export.too-many-suppressions',
      params: {
        cluster: metadata.name,
        count: entries.length,
        max: MAX_SUPPRESSION_ENTRIES,
        annotation: SUPPRESSIONS_ANNOTATION,
      },
    });
  const existing = isPlainObject(metadata['annotations']) ? (metadata['annotations'] as Record<string, string>) : undefined;
  if (entries.length === 0) {
    if (!existing || !Object.hasOwn(existing, SUPPRESSIONS_ANNOTATION)) return;
    const { [SUPPRESSIONS_ANNOTATION]: _dropped, ...rest } = existing;
    if (Object.keys(rest).length > 0) metadata['annotations'] = rest;
    else delete metadata['annotations'];
    return;
  }
  metadata['annotations'] = { ...existing, [SUPPRESSIONS_ANNOTATION]: encodeSuppressionEntries(entries) };
}
