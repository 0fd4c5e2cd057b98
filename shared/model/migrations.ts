/**
 * Forward-only migrations of design documents. Each migration is a pure function from the document of
 * one schema version to the next; loading runs them in order, then parses with the current schema.
 *
 * When the schema changes: bump CURRENT_SCHEMA_VERSION, append a migration, and add a before/after
 * fixture to migrations.test.ts.
 */
import { wasInferredFullyPrivate } from './cluster-network.js';
import { CURRENT_SCHEMA_VERSION } from './design.js';
import { errorText } from '../errors/localized.js';
import { DesignFileError } from './errors.js';

export type RawDocument = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The schema version this migration reads; it writes `from + 1`. */
  readonly from: number;
  readonly description: string;
  /** Must not mutate its input. */
  readonly up: (doc: RawDocument) => Record<string, unknown>;
}

type RawPart = { id?: unknown; kind?: unknown; parentId?: unknown; props?: Record<string, unknown> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 1 -> 2: fully private becomes the cluster's own setting (`props.fullyPrivate`). Version 1 inferred
 * it from a private-only endpoint in an eksctl-built VPC with NAT off; those clusters get the setting, so
 * they export `privateCluster.enabled` as before. Every other cluster reads the default (false).
 */
const explicitFullyPrivate: Migration = {
  from: 1,
  description: 'fully private as an explicit cluster setting',
  up: (doc) => {
    const design = doc['design'];
    if (!isRecord(design) || !Array.isArray(design['parts'])) return { ...doc };
    const parts = design['parts'] as unknown[];
    const byId = new Map<unknown, RawPart>();
    for (const p of parts) if (isRecord(p)) byId.set(p['id'], p as RawPart);
    const vpcAbove = (part: RawPart): Record<string, unknown> | undefined => {
      const seen = new Set<unknown>();
      for (let cur = byId.get(part.parentId); cur && !seen.has(cur.id); cur = byId.get(cur.parentId)) {
        seen.add(cur.id);
        if (cur.kind === 'vpc') return isRecord(cur.props) ? cur.props : {};
      }
      return undefined;
    };
    const migrated = parts.map((p) => {
      if (!isRecord(p) || p['kind'] !== 'cluster' || !isRecord(p['props'])) return p;
      const props = p['props'];
      if ('fullyPrivate' in props) return p;
      const endpoint = isRecord(props['endpointAccess']) ? props['endpointAccess'] : {};
      // The schema's default endpoint is public.
      const endpointPublic = endpoint['public'] !== false;
      const vpc = vpcAbove(p as RawPart);
      if (
        !wasInferredFullyPrivate(
          endpointPublic,
          vpc && { natGateway: vpc['natGateway'] ?? 'Single', existingVpcId: vpc['existingVpcId'] },
        )
      )
        return p;
      return { ...p, props: { ...props, fullyPrivate: true } };
    });
    return { ...doc, design: { ...design, parts: migrated } };
  },
};

/**
 * Version 2 -> 3: parts and the design may carry `suppressions`. Version 2's schema refused any unknown
 * field, so a version 2 document has none and reads unchanged.
 */
const suppressionsAdded: Migration = {
  from: 2,
  description: 'suppressions on parts and on the design',
  up: (doc) => ({ ...doc }),
};

/**
 * Version 3 -> 4: a workload may carry `iamPolicyArns`. Version 3's workload schema refused unknown fields, so a
 * version 3 document has none and reads unchanged.
 */
const workloadPoliciesAdded: Migration = {
  from: 3,
  description: 'IAM policy ARNs on workloads',
  up: (doc) => ({ ...doc }),
};

/**
 * Version 4 -> 5: a workload may carry a persistent `volume`. Version 4's workload schema refused unknown fields,
 * so a version 4 document has none and reads unchanged.
 */
const workloadVolumesAdded: Migration = {
  from: 4,
  description: 'persistent volumes on workloads',
  up: (doc) => ({ ...doc }),
};

export const MIGRATIONS: readonly Migration[] = [
  explicitFullyPrivate,
  suppressionsAdded,
  workloadPoliciesAdded,
  workloadVolumesAdded,
];

/** Checks that the migrations form one unbroken chain from version 1 to `current`. */
export function assertMigrationChain(migrations: readonly Migration[], current: number): void {
  if (migrations.length !== current - 1) {
    throw new Error(`expected ${current - 1} migrations to reach schema version ${current}, found ${migrations.length}`);
  }
  migrations.forEach((m, i) => {
    if (m.from !== i + 1) throw new Error(`migration #${i} reads version ${m.from}, expected ${i + 1}`);
  });
}

/**
 * Brings a raw document of any known version up to `current`.
 * @throws DesignFileError `newer-version` for a file written by a newer app.
 */
export function migrateToCurrent(
  doc: RawDocument & { schemaVersion: number },
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  const version = doc.schemaVersion;
  if (version > current) {
    throw new DesignFileError('newer-version', errorText('design-reason.newer-version', { version, current }), {
      path: 'schemaVersion',
    });
  }
  let out: Record<string, unknown> = { ...doc };
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1];
    if (!step || step.from !== v) throw new Error(`no migration from schema version ${v}`);
    out = { ...step.up(out), schemaVersion: v + 1 };
  }
  return out;
}
