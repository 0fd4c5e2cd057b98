/**
 * The schema version a design file is written with: the lowest one whose readers understand everything the
 * design uses. A design without suppressions is written as version 2, byte for byte what the app wrote before
 * suppressions existed, and an app from before then still opens it. A design with suppressions is version 3,
 * which that older app refuses ("saved by a newer EKS Sandbox") instead of dropping them silently or failing
 * on an unknown field.
 *
 * When a schema change adds something optional, list it here with the version that introduced it; a change
 * every file is affected by raises BASE_WRITTEN_VERSION instead.
 */
import { CURRENT_SCHEMA_VERSION, type Design } from './design.js';
import { hasWorkloadPolicies } from './iam-policy-arn.js';
import { hasSuppressions } from './suppressions.js';
import { hasWorkloadVolumes } from './workload-volume.js';

/** The version every file is written with at least. */
export const BASE_WRITTEN_VERSION = 2;

/** Optional features and the schema version that introduced them. */
const FEATURES: readonly { version: number; usedBy: (design: Design) => boolean }[] = [
  { version: 3, usedBy: hasSuppressions },
  { version: 4, usedBy: hasWorkloadPolicies },
  { version: 5, usedBy: hasWorkloadVolumes },
];

export function writtenSchemaVersion(design: Design): number {
  let version = BASE_WRITTEN_VERSION;
  for (const f of FEATURES) if (f.version > version && f.usedBy(design)) version = f.version;
  return Math.min(version, CURRENT_SCHEMA_VERSION);
}
