/**
 * The renderer's registry of part kinds: one line per kind, next to the shared registry
 * (shared/model/kinds/index.ts). KIND_COLORS, GLYPHS, the dashed outlines and the card facts are derived
 * from it; the compiler refuses a list that misses a registered kind or names an unknown one.
 */
import type { PartKind } from '../../../shared/model/parts.js';
import { albView } from './alb.js';
import { apiGatewayView } from './api-gateway.js';
import { cloudMapView } from './cloud-map.js';
import { clusterView } from './cluster.js';
import { deriveKindViews } from './derive.js';
import { ecrView } from './ecr.js';
import { fargateProfileView } from './fargate-profile.js';
import { managedNodeGroupView } from './managed-node-group.js';
import { nlbView } from './nlb.js';
import { onPremNetworkView } from './on-prem-network.js';
import { selfManagedNodeGroupView } from './self-managed-node-group.js';
import { subnetView } from './subnet.js';
import { vpcView } from './vpc.js';
import { workloadView } from './workload.js';

export const KIND_VIEWS = [
  vpcView,
  subnetView,
  clusterView,
  managedNodeGroupView,
  selfManagedNodeGroupView,
  fargateProfileView,
  albView,
  nlbView,
  ecrView,
  cloudMapView,
  apiGatewayView,
  onPremNetworkView,
  workloadView,
] as const;

type ViewKind = (typeof KIND_VIEWS)[number]['kind'];
/** Fails to compile, naming the kind, when a registered kind has no view here. */
const everyKindHasAView: [Exclude<PartKind, ViewKind>] extends [never] ? true : Exclude<PartKind, ViewKind> = true;
void everyKindHasAView;

export const KIND_VIEW_TABLES = deriveKindViews(KIND_VIEWS);
