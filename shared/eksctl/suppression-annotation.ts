/**
 * Suppressions in cluster.yaml: eksctl's `metadata.annotations` is "arbitrary metadata ignored by eksctl"
 * (a map of strings), so the design's suppressions travel there under one key, as a JSON list. The exporter
 * writes it (shared/export/suppression-annotation.ts) and the importer reads it back onto the parts it
 * names (shared/import/suppression-annotation.ts); this is the format both agree on.
 *
 *     metadata:
 *       annotations:
 *         eks-sandbox.io/suppressions: '[{"kind":"managed-node-group","name":"spot","ruleId":"ng.spot-diversification","reason":"batch"}]'
 */
import { z } from 'zod';
import { suppressionSchema, type Suppression } from '../model/suppressions.js';

/** The annotation's key: a domain-prefixed key, as Kubernetes annotations are, so no user key is taken. */
export const SUPPRESSIONS_ANNOTATION = 'eks-sandbox.io/suppressions';

/**
 * The kinds of part a cluster.yaml names and an import draws again, so a suppression on one survives the
 * trip; `design` is the design as a whole.
 */
export const ANNOTATED_KINDS = [
  'design',
  'cluster',
  'vpc',
  'subnet',
  'managed-node-group',
  'self-managed-node-group',
  'fargate-profile',
  'workload',
  'on-prem-network',
] as const;
export type AnnotatedKind = (typeof ANNOTATED_KINDS)[number];

/**
 * One suppression and the part it belongs to, by kind and the name cluster.yaml gives that part: the node
 * group's or Fargate profile's `name`, the subnet's key under `vpc.subnets.<access>` (its zone, or its alias
 * when it shares a zone) with `access`, `namespace/name` of a workload's service account, the cluster's name.
 * The design, the VPC and the on-premises network are one per file and need no name.
 */
export const suppressionEntrySchema = suppressionSchema.extend({
  kind: z.enum(ANNOTATED_KINDS),
  name: z.string().max(300).optional(),
  access: z.enum(['public', 'private']).optional(),
});
export type SuppressionEntry = z.infer<typeof suppressionEntrySchema>;

/**
 * The most entries an annotation holds, for export and import alike: the export refuses a cluster with more
 * (shared/export/suppression-annotation.ts), the import reads the first this many of a hand-edited file's and
 * warns about the rest (shared/import/suppression-annotation.ts). A design holds at most 1,000 per part.
 */
export const MAX_SUPPRESSION_ENTRIES = 20_000;

/** An entry for `suppression` on the part named by `part` (`kind` first, so the text reads "which part, then what"). */
export function suppressionEntry(
  part: { kind: AnnotatedKind; name?: string; access?: 'public' | 'private' },
  suppression: Suppression,
): SuppressionEntry {
  return {
    kind: part.kind,
    ...(part.name !== undefined ? { name: part.name } : {}),
    ...(part.access !== undefined ? { access: part.access } : {}),
    ruleId: suppression.ruleId,
    reason: suppression.reason,
    ...(suppression.expires !== undefined ? { expires: suppression.expires } : {}),
  };
}

/** The annotation's value: compact JSON (YAML quotes it as one string). */
export function encodeSuppressionEntries(entries: readonly SuppressionEntry[]): string {
  return JSON.stringify(entries);
}
