/**
 * Parts of an EKS design: the part schema, and the kind tables' names the rest of the code imports.
 *
 * A part is one box on the canvas. Common fields (id, kind, name, parent, position, size) live on the
 * part; everything AWS- or Kubernetes-specific lives in `props`, whose shape depends on `kind`.
 * `part.name` is the AWS/Kubernetes resource name where the kind has one (cluster name, node group
 * name, Fargate profile name, workload name), so there is exactly one place to edit it.
 * Each kind's props schema and facts live in its own module under ./kinds/ (see ./kinds/index.ts).
 */
import { z } from 'zod';
import { partIdSchema } from './kinds/common.js';
import { KIND_TABLES, PART_KIND_MODULES, type PartKind } from './kinds/index.js';
import { suppressionsSchema } from './suppressions.js';

// The props schemas live in their kind modules (shared/model/kinds/<kind>.ts); these names stay here so
// the rest of the code imports them from one place.
export { partIdSchema } from './kinds/common.js';
export { vpcPropsSchema } from './kinds/vpc.js';
export { subnetPropsSchema } from './kinds/subnet.js';
export { CONTROL_PLANE_LOG_TYPES, addonsSchema, clusterPropsSchema, type Addons } from './kinds/cluster.js';
export { AMI_FAMILIES, taintSchema } from './kinds/node-group-common.js';
export { managedNodeGroupPropsSchema } from './kinds/managed-node-group.js';
export { selfManagedNodeGroupPropsSchema } from './kinds/self-managed-node-group.js';
export { fargateProfilePropsSchema, fargateSelectorSchema } from './kinds/fargate-profile.js';
export { albPropsSchema } from './kinds/alb.js';
export { nlbPropsSchema } from './kinds/nlb.js';
export { ecrPropsSchema } from './kinds/ecr.js';
export { cloudMapPropsSchema } from './kinds/cloud-map.js';
export { apiGatewayPropsSchema } from './kinds/api-gateway.js';
export { onPremNetworkPropsSchema } from './kinds/on-prem-network.js';
export { WORKLOAD_KINDS, workloadPropsSchema } from './kinds/workload.js';
export type { PartKind };

/** Every part kind, in palette order (the registry's order). */
export const PART_KINDS = KIND_TABLES.kinds;

/** Props schema per kind. */
export const PROPS_SCHEMAS = KIND_TABLES.propsSchemas;

export type PropsOf<K extends PartKind> = z.infer<(typeof PROPS_SCHEMAS)[K]>;

export const positionSchema = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
export const sizeSchema = z.strictObject({ width: z.number().finite().positive(), height: z.number().finite().positive() });

function partSchema<K extends PartKind>(kind: K) {
  return z.strictObject({
    id: partIdSchema,
    kind: z.literal(kind),
    name: z.string().max(200),
    /** Id of the containing part (VPC > subnet, cluster > node group, node group > workload). */
    parentId: partIdSchema.optional(),
    /** Position relative to the parent (or the canvas when there is none), in canvas pixels. */
    position: positionSchema,
    /** Drawn size of container parts; leaf parts use the default size of their kind. */
    size: sizeSchema.optional(),
    /** Why the part is there; templates explain each part with it. */
    note: z.string().default(''),
    props: PROPS_SCHEMAS[kind],
    /** Rules accepted for this part, each with a reason (schema version 3). */
    suppressions: suppressionsSchema.optional(),
  });
}

/** The registry's modules mapped to their part schemas, as a tuple (a generic mapped type keeps tuples). */
type PartSchemasOf<M extends readonly unknown[]> = {
  readonly [I in keyof M]: M[I] extends { kind: infer K extends PartKind } ? ReturnType<typeof partSchema<K>> : never;
};
type PartSchemas = PartSchemasOf<typeof PART_KIND_MODULES>;

export const partSchema_ = z.discriminatedUnion(
  'kind',
  PART_KIND_MODULES.map((m) => partSchema(m.kind)) as unknown as PartSchemas,
);
export { partSchema_ as partSchema };

export type Part = z.infer<typeof partSchema_>;
export type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;
export type NodeGroupPart = PartOf<'managed-node-group'> | PartOf<'self-managed-node-group'>;
export type LoadBalancerPart = PartOf<'alb'> | PartOf<'nlb'>;
