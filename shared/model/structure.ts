/**
 * Which part may sit inside which, and which parts may be connected.
 * The canvas uses these tables to refuse a drop or a connection; the document loader uses them to
 * refuse a file that breaks them; the rules engine reports parts that are missing a parent they need.
 */
import type { PartKind } from './parts.js';

/** Kinds a part of each kind may be nested in. An empty list means: top level only. */
export const ALLOWED_PARENTS: Record<PartKind, readonly PartKind[]> = {
  vpc: [],
  subnet: ['vpc'],
  cluster: ['vpc'],
  'managed-node-group': ['cluster'],
  'self-managed-node-group': ['cluster'],
  'fargate-profile': ['cluster'],
  alb: ['vpc'],
  nlb: ['vpc'],
  ecr: [],
  'cloud-map': [],
  'api-gateway': [],
  'on-prem-network': [],
  workload: ['cluster', 'managed-node-group', 'self-managed-node-group', 'fargate-profile'],
};

/** Kinds that must have a parent to make sense (a node group outside a cluster runs nowhere). */
export const PARENT_REQUIRED: ReadonlySet<PartKind> = new Set<PartKind>([
  'subnet',
  'managed-node-group',
  'self-managed-node-group',
  'fargate-profile',
  'workload',
]);

/** Kinds that can contain other parts; the canvas draws them as groups. */
export const CONTAINER_KINDS: ReadonlySet<PartKind> = new Set(
  (Object.entries(ALLOWED_PARENTS) as [PartKind, readonly PartKind[]][]).flatMap(([, parents]) => parents),
);

export function canNest(child: PartKind, parent: PartKind | undefined): boolean {
  if (parent === undefined) return !PARENT_REQUIRED.has(child);
  return ALLOWED_PARENTS[child].includes(parent);
}

/** What a connection means, by the kinds at its two ends. */
export const CONNECTION_TYPES = [
  { from: 'alb', to: 'workload', meaning: 'routes-to' },
  { from: 'nlb', to: 'workload', meaning: 'routes-to' },
  { from: 'ecr', to: 'workload', meaning: 'image-for' },
  { from: 'workload', to: 'cloud-map', meaning: 'registers-in' },
  { from: 'api-gateway', to: 'nlb', meaning: 'vpc-link-to' },
  { from: 'api-gateway', to: 'alb', meaning: 'vpc-link-to' },
  { from: 'on-prem-network', to: 'vpc', meaning: 'connects-to' },
] as const satisfies readonly { from: PartKind; to: PartKind; meaning: string }[];

export type ConnectionMeaning = (typeof CONNECTION_TYPES)[number]['meaning'];

export function connectionMeaning(from: PartKind, to: PartKind): ConnectionMeaning | undefined {
  return CONNECTION_TYPES.find((c) => c.from === from && c.to === to)?.meaning;
}
