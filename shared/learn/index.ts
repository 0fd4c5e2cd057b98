/**
 * The learning mode's content: one concept page per idea, one "why this pattern" page per template, and the
 * maps from every part kind and every rule area to the concept behind it. Each content file is parsed with
 * zod here, at load, so a malformed link or a notes heading that does not exist fails with the file's id.
 */
import type { PartKind } from '../model/parts.js';
import type { RuleArea } from '../rules/types.js';
import { addOns } from './concepts/add-ons.js';
import { apiGateway } from './concepts/api-gateway.js';
import { architecture } from './concepts/architecture.js';
import { autoscaling } from './concepts/autoscaling.js';
import { containerRegistry } from './concepts/container-registry.js';
import { controlPlane } from './concepts/control-plane.js';
import { ec2VsFargate } from './concepts/ec2-vs-fargate.js';
import { hybrid } from './concepts/hybrid.js';
import { loadBalancing } from './concepts/load-balancing.js';
import { networking } from './concepts/networking.js';
import { podIam } from './concepts/pod-iam.js';
import { pricing } from './concepts/pricing.js';
import { serviceDiscovery } from './concepts/service-discovery.js';
import { workloads } from './concepts/workloads.js';
import { apiBackend } from './patterns/api-backend.js';
import { batchProcessing } from './patterns/batch-processing.js';
import { hybridCloud } from './patterns/hybrid-cloud.js';
import { machineLearning } from './patterns/machine-learning.js';
import { microservices } from './patterns/microservices.js';
import { webApplication } from './patterns/web-application.js';
import {
  conceptSchema,
  patternSchema,
  type Concept,
  type ConceptId,
  type ConceptInput,
  type Pattern,
  type PatternId,
  type PatternInput,
} from './schema.js';

export type { Concept, ConceptId, Pattern, PatternId, Question, DocLink, Bilingual } from './schema.js';
export { CONCEPT_IDS, TEMPLATE_IDS } from './schema.js';

/** Parses one content file, naming it in the error so the author knows which file to fix. */
function load<T>(
  what: string,
  parse: (
    v: unknown,
  ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  value: unknown,
): T {
  const result = parse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`learning content ${what} is malformed: ${issues}`);
}

/** Parses content files into a map by id; exported for the tests, which feed it broken files. */
export function loadConcepts(files: readonly ConceptInput[]): ReadonlyMap<ConceptId, Concept> {
  const map = new Map<ConceptId, Concept>();
  for (const f of files) {
    const c = load(`concept ${String(f.id)}`, (v) => conceptSchema.safeParse(v), f);
    if (map.has(c.id)) throw new Error(`learning content: concept ${c.id} is defined twice`);
    map.set(c.id, c);
  }
  return map;
}

export function loadPatterns(files: readonly PatternInput[]): ReadonlyMap<PatternId, Pattern> {
  const map = new Map<PatternId, Pattern>();
  for (const f of files) {
    const p = load(`pattern ${String(f.id)}`, (v) => patternSchema.safeParse(v), f);
    if (map.has(p.id)) throw new Error(`learning content: pattern ${p.id} is defined twice`);
    map.set(p.id, p);
  }
  return map;
}

export const CONCEPT_FILES: readonly ConceptInput[] = [
  controlPlane,
  ec2VsFargate,
  autoscaling,
  workloads,
  serviceDiscovery,
  podIam,
  loadBalancing,
  networking,
  containerRegistry,
  apiGateway,
  hybrid,
  addOns,
  architecture,
  pricing,
];

export const PATTERN_FILES: readonly PatternInput[] = [
  microservices,
  webApplication,
  batchProcessing,
  machineLearning,
  apiBackend,
  hybridCloud,
];

export const CONCEPTS = loadConcepts(CONCEPT_FILES);
export const PATTERNS = loadPatterns(PATTERN_FILES);

/** The concept behind each part kind: what a learner reads when they select such a part. */
export const CONCEPT_OF_KIND: Record<PartKind, ConceptId> = {
  vpc: 'networking',
  subnet: 'networking',
  cluster: 'control-plane',
  'managed-node-group': 'ec2-vs-fargate',
  'self-managed-node-group': 'ec2-vs-fargate',
  'fargate-profile': 'ec2-vs-fargate',
  alb: 'load-balancing',
  nlb: 'load-balancing',
  ecr: 'container-registry',
  'cloud-map': 'service-discovery',
  'api-gateway': 'api-gateway',
  'on-prem-network': 'hybrid',
  workload: 'workloads',
};

/** The concept behind each rule area (shared/rules/catalog/<area>): what a learner reads about a finding. */
export const CONCEPT_OF_AREA: Record<RuleArea, ConceptId> = {
  vpc: 'networking',
  cluster: 'control-plane',
  'node-groups': 'ec2-vs-fargate',
  fargate: 'ec2-vs-fargate',
  'load-balancing': 'load-balancing',
  autoscaling: 'autoscaling',
  'service-discovery': 'service-discovery',
  ecr: 'container-registry',
  security: 'pod-iam',
  hybrid: 'hybrid',
  'api-gateway': 'api-gateway',
  'add-ons': 'add-ons',
  design: 'architecture',
};

export function concept(id: ConceptId): Concept {
  const c = CONCEPTS.get(id);
  if (!c) throw new Error(`no learning content for concept ${id}`);
  return c;
}

/** The "why this pattern" page of a template, or undefined for an id that is not a template. */
export function patternOf(templateId: string): Pattern | undefined {
  return PATTERNS.get(templateId as PatternId);
}
