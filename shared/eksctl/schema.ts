/**
 * The vendored eksctl ClusterConfig JSON schema (draft-07), as eksctl ships it. See NOTICE.md for its
 * provenance and license. Treat it as read-only: the validator patches a deep copy.
 */
import schemaJson from './schema.json' with { type: 'json' };

/** A JSON schema node as far as this code reads it. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  preferredOrder?: string[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  [keyword: string]: unknown;
}

export interface EksctlSchema extends SchemaNode {
  $schema: string;
  definitions: Record<string, SchemaNode>;
}

/** The upstream schema object. Never mutate it. */
export const EKSCTL_SCHEMA: EksctlSchema = schemaJson as unknown as EksctlSchema;

/**
 * The schema node `node` stands for, following `$ref`s into the definitions. References chain at most a few
 * levels deep (e.g. ARN -> arn.ARN); the guard stops a cyclic schema.
 */
export function resolveSchemaRef(node: SchemaNode | undefined): SchemaNode | undefined {
  let cursor = node;
  for (let guard = 0; cursor?.$ref !== undefined && guard < 8; guard++)
    cursor = EKSCTL_SCHEMA.definitions[cursor.$ref.slice('#/definitions/'.length)];
  return cursor;
}

/** eksctl's apiVersion and kind, as the schema's enums fix them. */
export const EKSCTL_API_VERSION = 'eksctl.io/v1alpha5';
export const EKSCTL_KIND = 'ClusterConfig';
