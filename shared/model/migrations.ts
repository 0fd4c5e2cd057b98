/**
 * Forward-only migrations of design documents. Each migration is a pure function from the document of
 * one schema version to the next; loading runs them in order, then parses with the current schema.
 *
 * Version 1 is the first version, so the list is empty today. When the schema changes: bump
 * CURRENT_SCHEMA_VERSION, append a migration, and add a before/after fixture to migrations.test.ts.
 */
import { CURRENT_SCHEMA_VERSION } from './design.js';
import { DesignFileError } from './errors.js';

export type RawDocument = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The schema version this migration reads; it writes `from + 1`. */
  readonly from: number;
  readonly description: string;
  /** Must not mutate its input. */
  readonly up: (doc: RawDocument) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

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
    throw new DesignFileError(
      'newer-version',
      `this design was saved by a newer EKS Sandbox (document schema version ${version}; this app reads up to ${current}). Update the app to open it.`,
      { path: 'schemaVersion' },
    );
  }
  let out: Record<string, unknown> = { ...doc };
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1];
    if (!step || step.from !== v) throw new Error(`no migration from schema version ${v}`);
    out = { ...step.up(out), schemaVersion: v + 1 };
  }
  return out;
}
