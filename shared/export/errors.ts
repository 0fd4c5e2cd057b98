/**
 * Why an export did not happen. `ExportError` is a design the exporter cannot turn into one eksctl
 * config (no cluster, or several and none chosen); `ExportRefusedError` (refused-error.ts) is a design the
 * rules say eksctl or EKS would reject. Kept apart because the rules read the exporter's config: this
 * module must not import the rules.
 */

import { CodedError } from '../errors/coded-error.js';

export type ExportErrorCode = 'unknown-cluster' | 'no-cluster' | 'several-clusters' | 'too-many-suppressions' | 'refused';

export class ExportError extends CodedError<ExportErrorCode> {
  override name = 'ExportError';
}
