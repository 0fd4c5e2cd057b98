/**
 * Checks a ClusterConfig value (parsed YAML or an exported object) against eksctl's own JSON schema, with
 * the schema's three known quirks patched (see schema-patches.ts). The schema is compiled ahead of time
 * (generated/, see generate-validator.ts), so validating needs no `eval` and no start-up compile. This catches what eksctl's strict
 * loader rejects first: unknown or misspelled fields and wrong types (e.g. an unquoted `version: 1.30`).
 * It does not check cross-field rules; those are the rules engine's job.
 */
import { formatAjvErrors, type SchemaIssue } from './error-format.js';
import { validate } from './generated/validate-cluster-config.js';

export type { SchemaIssue } from './error-format.js';

export interface EksctlValidationResult {
  valid: boolean;
  /** Readable problems, in the order Ajv found them; empty when valid. */
  errors: SchemaIssue[];
}

/**
 * Validates `value` as an eksctl `ClusterConfig` (apiVersion eksctl.io/v1alpha5).
 *
 * @returns `valid` and the readable errors, e.g. `{ path: 'metadata.zone', message: 'unknown field "zone"' }`
 *   or `{ path: 'metadata.version', message: 'must be string' }`.
 */
export function validateEksctlConfig(value: unknown): EksctlValidationResult {
  if (validate(value)) return { valid: true, errors: [] };
  return { valid: false, errors: formatAjvErrors(validate.errors ?? []) };
}

/** One line per error (`path: message`), for logs and command-line output. */
export function formatEksctlErrors(errors: readonly SchemaIssue[]): string {
  return errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`)).join('\n');
}
