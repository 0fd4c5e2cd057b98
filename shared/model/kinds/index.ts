/**
 * The registry of part kinds: one line per kind, in palette order. Every table that lists kinds
 * (PART_KINDS, PROPS_SCHEMAS, ALLOWED_PARENTS, DEFAULT_PROPS, DEFAULT_SIZES, PARENT_REQUIRED,
 * CONNECTION_TYPES, the kinds' names and field labels) is derived from this list; the renderer's colours,
 * glyphs and card facts come from its own list (renderer/flow/kinds/index.ts), which the compiler checks
 * against this one. To add a kind, see "Adding a part kind" in the README.
 */
import { albKind } from './alb.js';
import { apiGatewayKind } from './api-gateway.js';
import { cloudMapKind } from './cloud-map.js';
import { clusterKind } from './cluster.js';
import { deriveKindTables } from './derive.js';
import { ecrKind } from './ecr.js';
import { fargateProfileKind } from './fargate-profile.js';
import { managedNodeGroupKind } from './managed-node-group.js';
import { nlbKind } from './nlb.js';
import { onPremNetworkKind } from './on-prem-network.js';
import { selfManagedNodeGroupKind } from './self-managed-node-group.js';
import { subnetKind } from './subnet.js';
import { vpcKind } from './vpc.js';
import { workloadKind } from './workload.js';

export const PART_KIND_MODULES = [
  vpcKind,
  subnetKind,
  clusterKind,
  managedNodeGroupKind,
  selfManagedNodeGroupKind,
  fargateProfileKind,
  albKind,
  nlbKind,
  ecrKind,
  cloudMapKind,
  apiGatewayKind,
  onPremNetworkKind,
  workloadKind,
] as const;

export type PartKind = (typeof PART_KIND_MODULES)[number]['kind'];

/** Every per-kind table, derived once. The named exports in parts.ts, structure.ts, defaults.ts ... read these. */
export const KIND_TABLES = deriveKindTables(PART_KIND_MODULES);
