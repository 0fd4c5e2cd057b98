/**
 * Independent oracles for generated manifests (Node-side: it reads the vendored CRDs from disk, so it lives here
 * beside eksctl-fixtures.ts and not in shared/):
 * - Kubernetes objects: the OpenAPI schemas of kubernetes-models 4.5.1 (`.validate()` of each model class).
 *   Its schemas are those of Kubernetes 1.33: it has networking.k8s.io/v1 ServiceCIDR (GA in 1.33) and not
 *   storage.k8s.io/v1 VolumeAttributesClass (GA in 1.34); its README badge (1.27.1) is out of date. Its
 *   validators check types, enums and required fields but accept unknown fields, so a field too new for a
 *   cluster is caught by `validateObjectFor(version)`, which adds the strict per-version field check of
 *   kubernetes-fields.ts. Which API versions and fields each cluster version gets is shared/manifests/kubernetes-apis.ts.
 * - Karpenter objects: the openAPIV3Schema of the vendored CRDs (shared/manifests/karpenter-crds), with Ajv, plus the
 *   CEL rules (x-kubernetes-validations) the generator could break, read from the same CRD text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { Namespace, PersistentVolumeClaim, Service, ServiceAccount } from 'kubernetes-models/v1';
import { DaemonSet, Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, IngressClass } from 'kubernetes-models/networking.k8s.io/v1';
import { StorageClass } from 'kubernetes-models/storage.k8s.io/v1';
import type { KubeObject } from '../shared/manifests/types.js';
import { specFieldProblems } from './kubernetes-fields.js';

type Model = new (data: never) => { validate(): void };

const MODELS: Record<string, Model> = {
  'v1/Namespace': Namespace as Model,
  'v1/ServiceAccount': ServiceAccount as Model,
  'v1/Service': Service as Model,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim as Model,
  'apps/v1/Deployment': Deployment as Model,
  'apps/v1/StatefulSet': StatefulSet as Model,
  'apps/v1/DaemonSet': DaemonSet as Model,
  'batch/v1/Job': Job as Model,
  'batch/v1/CronJob': CronJob as Model,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler as Model,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget as Model,
  'networking.k8s.io/v1/Ingress': Ingress as Model,
  'networking.k8s.io/v1/IngressClass': IngressClass as Model,
  'storage.k8s.io/v1/StorageClass': StorageClass as Model,
};

/**
 * EKS Auto Mode's IngressClassParams (eks.amazonaws.com/v1), whose CRD AWS installs in the cluster and does not
 * publish: the spec fields of AWS's IngressClassParams reference (auto-configure-alb), and a group name as the load
 * balancer controllers accept it (at most 63 characters, lower-case alphanumerics, '-' and '.').
 */
const AUTO_MODE_PARAMS_FIELDS = new Set([
  'scheme',
  'namespaceSelector',
  'group',
  'ipAddressType',
  'subnets',
  'certificateARNs',
  'tags',
  'loadBalancerAttributes',
  'listeners',
  'prefixListsIDs',
  'minimumLoadBalancerCapacity',
  'ipamConfiguration',
]);

function autoModeParamsProblems(object: KubeObject): string[] {
  const spec = ((object as { spec?: Record<string, unknown> }).spec ?? {}) as Record<string, unknown>;
  const problems = Object.keys(spec)
    .filter((k) => !AUTO_MODE_PARAMS_FIELDS.has(k))
    .map((k) => `spec has no field "${k}"`);
  const scheme = spec['scheme'];
  if (scheme !== undefined && scheme !== 'internal' && scheme !== 'internet-facing')
    problems.push(`spec.scheme ${String(scheme)}`);
  const group = (spec['group'] as { name?: unknown } | undefined)?.name;
  if (group !== undefined && (typeof group !== 'string' || !/^[a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?$/.test(group)))
    problems.push(`spec.group.name ${String(group)}`);
  return problems;
}

const CRD_FILES: Record<string, string> = {
  'karpenter.sh/v1/NodePool': 'karpenter.sh_nodepools.yaml',
  'karpenter.k8s.aws/v1/EC2NodeClass': 'karpenter.k8s.aws_ec2nodeclasses.yaml',
};

interface Crd {
  text: string;
  validate: ValidateFunction;
}

const crds = new Map<string, Crd>();

function crd(key: string): Crd {
  const cached = crds.get(key);
  if (cached) return cached;
  const text = readFileSync(
    fileURLToPath(new URL(`../shared/manifests/karpenter-crds/${CRD_FILES[key]}`, import.meta.url)),
    'utf8',
  );
  const doc = parse(text) as { spec: { versions: { name: string; schema: { openAPIV3Schema: object } }[] } };
  const version = doc.spec.versions.find((v) => v.name === 'v1')!;
  // Kubernetes' structural-schema extensions (x-kubernetes-*) are not JSON Schema keywords: strict off.
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const entry = { text, validate: ajv.compile(version.schema.openAPIV3Schema) };
  crds.set(key, entry);
  return entry;
}

/** The label keys of `karpenter.k8s.aws` a NodePool requirement may use, as the CRD's CEL rule lists them. */
export function allowedAwsRequirementKeys(): Set<string> {
  const text = crd('karpenter.sh/v1/NodePool').text;
  const rule = text.split('\n').find((l) => l.includes('rule: self in ["karpenter.k8s.aws/'))!;
  return new Set([...rule.matchAll(/"(karpenter\.k8s\.aws\/[^"]+)"/g)].map((m) => m[1]!));
}

/** CEL rules of the CRDs that the generator could break, evaluated by hand. */
function celProblems(key: string, object: KubeObject): string[] {
  const problems: string[] = [];
  const spec = object.spec as Record<string, unknown>;
  if (key === 'karpenter.sh/v1/NodePool') {
    const allowed = allowedAwsRequirementKeys();
    const template = (spec.template as { spec: { requirements: { key: string; operator: string; values?: string[] }[] } }).spec;
    for (const r of template.requirements) {
      const domain = r.key.split('/')[0]!;
      if (domain.endsWith('karpenter.sh') && r.key !== 'karpenter.sh/capacity-type')
        problems.push(`label domain "karpenter.sh" is restricted: ${r.key}`);
      if (r.key === 'kubernetes.io/hostname') problems.push('label "kubernetes.io/hostname" is restricted');
      if (domain.endsWith('karpenter.k8s.aws') && !allowed.has(r.key))
        problems.push(`label domain "karpenter.k8s.aws" is restricted: ${r.key}`);
      if (r.operator === 'In' && (r.values ?? []).length === 0)
        problems.push(`requirements with operator 'In' must have a value defined: ${r.key}`);
    }
  } else {
    const alias = ((spec.amiSelectorTerms ?? []) as { alias?: string }[]).map((t) => t.alias).filter((a) => a !== undefined);
    for (const a of alias) {
      if (!/^[a-zA-Z0-9]+@.+$/.test(a)) problems.push(`'alias' is improperly formatted: ${a}`);
      if (!['al2', 'al2023', 'bottlerocket', 'windows2019', 'windows2022', 'windows2025'].includes(a.split('@')[0]!))
        problems.push(`family is not supported: ${a}`);
    }
    if ('role' in spec === 'instanceProfile' in spec) problems.push('must specify exactly one of [role, instanceProfile]');
  }
  return problems;
}

/** The AWS Load Balancer Controller's IngressGroup name check (pkg/ingress/group_loader.go `groupNameRegex`). */
const LBC_GROUP_NAME = /^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$/;
/** Kubernetes object names (DNS-1123 subdomain). */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Annotation values the AWS Load Balancer Controller would refuse, as its documentation states them. */
function lbcAnnotationProblems(object: KubeObject): string[] {
  const a = object.metadata.annotations ?? {};
  const problems: string[] = [];
  const group = a['alb.ingress.kubernetes.io/group.name'];
  if (group !== undefined && (!LBC_GROUP_NAME.test(group) || group.length > 63)) problems.push(`invalid group.name ${group}`);
  const ports = a['alb.ingress.kubernetes.io/listen-ports'];
  if (ports !== undefined) {
    const parsed: unknown = JSON.parse(ports);
    const ok =
      Array.isArray(parsed) &&
      parsed.every((p) => {
        const entries = Object.entries(p as object);
        return entries.length === 1 && ['HTTP', 'HTTPS'].includes(entries[0]![0]) && Number.isInteger(entries[0]![1]);
      });
    if (!ok) problems.push(`invalid listen-ports ${ports}`);
    if (ports.includes('HTTPS') && a['alb.ingress.kubernetes.io/certificate-arn'] === undefined)
      problems.push('HTTPS listener without certificate-arn');
  }
  for (const key of ['alb.ingress.kubernetes.io/load-balancer-name', 'service.beta.kubernetes.io/aws-load-balancer-name']) {
    const name = a[key];
    if (name !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/.test(name))
      problems.push(`invalid ${key} ${name}`);
  }
  for (const key of ['alb.ingress.kubernetes.io/scheme', 'service.beta.kubernetes.io/aws-load-balancer-scheme'])
    if (a[key] !== undefined && !['internet-facing', 'internal'].includes(a[key])) problems.push(`invalid ${key}`);
  for (const key of ['alb.ingress.kubernetes.io/target-type', 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type'])
    if (a[key] !== undefined && !['ip', 'instance'].includes(a[key])) problems.push(`invalid ${key}`);
  const path = a['alb.ingress.kubernetes.io/healthcheck-path'];
  if (path !== undefined && !path.startsWith('/')) problems.push(`healthcheck-path ${path} does not start with /`);
  if (object.kind === 'Ingress' && !DNS_SUBDOMAIN.test(object.metadata.name))
    problems.push(`Ingress name ${object.metadata.name} is not a DNS subdomain`);
  return problems;
}

/** Problems of one generated object ([] when valid), each naming the object. */
export function validateObject(object: KubeObject): string[] {
  const key = `${object.apiVersion}/${object.kind}`;
  const where = `${key} ${object.metadata.namespace ?? ''}/${object.metadata.name}`;
  const model = MODELS[key];
  if (model) {
    const lbc = lbcAnnotationProblems(object).map((p) => `${where}: ${p}`);
    try {
      new model(structuredClone(object) as never).validate();
      return lbc;
    } catch (err) {
      return [`${where}: ${(err as Error).message}`, ...lbc];
    }
  }
  if (key === 'eks.amazonaws.com/v1/IngressClassParams') return autoModeParamsProblems(object).map((p) => `${where}: ${p}`);
  if (key in CRD_FILES) {
    const { validate } = crd(key);
    const problems = validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    return [...problems, ...celProblems(key, object)].map((p) => `${where}: ${p}`);
  }
  return [`${where}: no schema to validate this kind against`];
}

/**
 * `validateObject` plus the fields of Kubernetes `version`'s own spec (kubernetes-fields.ts): for
 * `objects.flatMap(validateObjectFor(version))`.
 */
export function validateObjectFor(version: string): (object: KubeObject) => string[] {
  return (object) => [...validateObject(object), ...specFieldProblems(version, object)];
}
