/**
 * The oracle for the Cilium values a bundle writes (helm/cilium.values.yaml): chart 1.17.6's own values.schema.json
 * (vendored in shared/deploy/charts/, see its NOTICE.md), checked three ways, since that schema alone would let a
 * misspelt key through:
 * - Ajv against the schema: the type of every key the chart knows (the schema is generated from the chart's
 *   values.yaml without `additionalProperties`, so it refuses no key);
 * - every key must be one of the schema's properties, down to where the chart's values turn free-form (a key
 *   Helm does not know is ignored without a word, so Cilium would install configured wrongly);
 * - the two `affinity` objects the chart copies into its pods with `toYaml` (the agent DaemonSet's
 *   `.Values.affinity`, the operator Deployment's `.Values.operator.affinity`) are Kubernetes Affinity objects,
 *   which the schema only samples: they are placed where the chart puts them and checked against the Kubernetes
 *   schema of the cluster's version (kubernetes-oracles.ts).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { KubeObject } from '../shared/manifests/types.js';
import { validateObjectFor } from './kubernetes-oracles.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

/** Cilium chart 1.17.6's values.schema.json, unchanged. */
export const CILIUM_VALUES_SCHEMA = JSON.parse(
  readFileSync(new URL('../shared/deploy/charts/cilium.values.schema.json', import.meta.url), 'utf8'),
) as SchemaNode & object;

const validateSchema = new Ajv({ strict: false, allErrors: true }).compile(CILIUM_VALUES_SCHEMA);

/** Keys the chart passes through to Kubernetes (checked against Kubernetes instead), as paths. */
const KUBERNETES_AFFINITY = ['affinity', 'operator.affinity'];
/** Label and annotation maps, free-form in Kubernetes, whose schema properties only sample the chart's defaults. */
const STRING_MAPS = new Set(['nodeSelector', 'annotations', 'podAnnotations', 'labels', 'podLabels']);

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Paths of `values` that are not properties of `schema`, down to where the schema lists none (free-form). */
export function keysOutsideSchema(values: unknown, schema: SchemaNode, path: string[] = []): string[] {
  if (!isMap(values) || !schema.properties || Object.keys(schema.properties).length === 0) return [];
  const known = schema.properties;
  return Object.entries(values).flatMap(([key, value]) => {
    const at = [...path, key];
    if (KUBERNETES_AFFINITY.includes(at.join('.')) || STRING_MAPS.has(key)) return [];
    return key in known ? keysOutsideSchema(value, known[key]!, at) : [at.join('.')];
  });
}

/** The pods the chart renders an affinity into: the agent's DaemonSet and the operator's Deployment. */
function podsWithAffinity(values: Record<string, unknown>): KubeObject[] {
  const pod = (affinity: unknown) => ({
    selector: { matchLabels: { app: 'cilium' } },
    template: {
      metadata: { labels: { app: 'cilium' } },
      spec: { containers: [{ name: 'cilium', image: 'quay.io/cilium/cilium:v1.17.6' }], affinity },
    },
  });
  const out: KubeObject[] = [];
  if (values.affinity !== undefined)
    out.push({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'cilium', namespace: 'kube-system' },
      spec: pod(values.affinity),
    });
  const operator = values.operator;
  if (isMap(operator) && operator.affinity !== undefined)
    out.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'cilium-operator', namespace: 'kube-system' },
      spec: pod(operator.affinity),
    });
  return out;
}

/** Problems of Cilium `values` for a cluster of Kubernetes `version` ([] when the chart takes them as meant). */
export function ciliumValuesProblems(values: Record<string, unknown>, version: string): string[] {
  const schema = validateSchema(values)
    ? []
    : (validateSchema.errors ?? []).map((e) => `values.schema.json: ${e.instancePath || '/'} ${e.message ?? ''}`);
  const keys = keysOutsideSchema(values, CILIUM_VALUES_SCHEMA).map((k) => `${k}: not a value of chart cilium 1.17.6`);
  return [...schema, ...keys, ...podsWithAffinity(values).flatMap(validateObjectFor(version))];
}
