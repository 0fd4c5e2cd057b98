/**
 * Checks a ClusterConfig value (parsed YAML or an exported object) against eksctl's own JSON schema, with
 * the schema's three known quirks patched (see schema-patches.ts). This catches what eksctl's strict
 * loader rejects first: unknown or misspelled fields and wrong types (e.g. an unquoted `version: 1.30`).
 * It does not check cross-field rules; those are the rules engine's job.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { formatAjvErrors, type SchemaIssue } from './error-format.js';
import { patchEksctlSchema } from './schema-patches.js';
import { EKSCTL_SCHEMA } from './schema.js';

export type { SchemaIssue } from './error-format.js';

export interface EksctlValidationResult {
  valid: boolean;
  /** Readable problems, in document order of Ajv's traversal; empty when valid. */
  errors: SchemaIssue[];
}

let compiled: ValidateFunction | undefined;

/**
 * The compiled validator. Compiling the 150 kB schema takes tens of milliseconds, so it happens once, on
 * first use, not at import time (the canvas imports this module long before anyone exports).
 */
function validator(): ValidateFunction {
  if (!compiled) {
    // strict: false because the schema carries eksctl's own keywords (preferredOrder,
    // x-intellij-html-description) and string defaults on object types, which strict mode rejects.
    // allErrors: report every problem at once, as a linter would, not only the first.
    // verbose: errors carry their data and schema, which error-format.ts needs to explain anyOf failures.
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
    compiled = ajv.compile(patchEksctlSchema(EKSCTL_SCHEMA));
  }
  return compiled;
}

/**
 * Validates `value` as an eksctl `ClusterConfig` (apiVersion eksctl.io/v1alpha5).
 *
 * @returns `valid` and the readable errors, e.g. `{ path: 'metadata.zone', message: 'unknown field "zone"' }`
 *   or `{ path: 'metadata.version', message: 'must be string' }`.
 */
export function validateEksctlConfig(value: unknown): EksctlValidationResult {
  const validate = validator();
  if (validate(value)) return { valid: true, errors: [] };
  return { valid: false, errors: formatAjvErrors(validate.errors ?? []) };
}

/** One line per error (`path: message`), for logs and command-line output. */
export function formatEksctlErrors(errors: readonly SchemaIssue[]): string {
  return errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`)).join('\n');
}
