/** Types of the generated validator module next to this file (see ../generate-validator.ts). */
import type { ErrorObject } from 'ajv';

export interface ClusterConfigValidateFunction {
  (data: unknown): boolean;
  /** Errors of the last call, or null when it was valid. */
  errors?: ErrorObject[] | null;
}

export declare const validate: ClusterConfigValidateFunction;
export default validate;
