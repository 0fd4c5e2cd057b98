/**
 * The generated Helm values, checked against the charts themselves: ExternalDNS's and Cilium's values.schema.json
 * with Ajv (Cilium's also key by key, and its affinities against Kubernetes: test-support/cilium-values.ts), and
 * for the charts without a schema, every key set must be a key of the chart's own values.yaml (Helm ignores
 * unknown keys silently, so a misspelt key would install a controller configured wrongly).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ciliumValuesProblems } from '../../test-support/cilium-values.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { exportEksctlYaml } from '../export/export-yaml.js';
import { TEMPLATE_IDS, bundleOf, loadTemplate, templateBundle } from './test-support/templates.js';
import { parseDesignText } from '../model/document.js';
import { deploymentBundle } from './deployment-bundle.js';
import type { ControllerId, ControllerInstall } from './types.js';

const chartFile = (name: string) => readFileSync(new URL(`charts/${name}`, import.meta.url), 'utf8');

const externalDnsSchema = JSON.parse(chartFile('external-dns.values.schema.json')) as object;
const validateExternalDns = new Ajv({ strict: false, allErrors: true }).compile(externalDnsSchema);

/**
 * Cilium's values as AWS's "Configure CNI for hybrid nodes" gives them (Amazon EKS User Guide,
 * awsdocs/amazon-eks-user-guide latest/ug/nodes/hybrid-nodes-cni.adoc, cilium-values.yaml; CC BY-SA 4.0), with
 * its POD_CIDR placeholder: the values are AWS's, and (ciliumValuesProblems) chart 1.17.6 takes them.
 */
const AWS_CILIUM_VALUES = `
affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
      - matchExpressions:
        - key: eks.amazonaws.com/compute-type
          operator: In
          values:
          - hybrid
ipam:
  mode: cluster-pool
  operator:
    clusterPoolIPv4MaskSize: 25
    clusterPoolIPv4PodCIDRList:
    - POD_CIDR
operator:
  unmanagedPodWatcher:
    restart: false
`;

const DEFAULT_VALUES: Record<Exclude<ControllerId, 'metrics-server' | 'cilium'>, unknown> = {
  'aws-load-balancer-controller': parse(chartFile('aws-load-balancer-controller.values.yaml')),
  'cluster-autoscaler': parse(chartFile('cluster-autoscaler.values.yaml')),
  'external-dns': parse(chartFile('external-dns.values.yaml')),
  'nvidia-device-plugin': parse(chartFile('nvidia-device-plugin.values.yaml')),
  karpenter: parse(chartFile('karpenter.values.yaml')),
};

/**
 * Paths of `values` whose key the chart's defaults do not have. Maps are followed as far as the defaults are
 * maps; below a default that is a list, a scalar or empty ({} for free-form maps like affinity), anything goes.
 */
/** Maps a chart documents as free-form (command-line flags), whose keys its defaults only sample. */
const FREE_FORM = new Set(['extraArgs']);

function unknownKeys(values: unknown, defaults: unknown, path: string[] = []): string[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return [];
  if (path.length === 1 && FREE_FORM.has(path[0]!)) return [];
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults)) return [];
  const known = defaults as Record<string, unknown>;
  if (Object.keys(known).length === 0) return [];
  return Object.entries(values).flatMap(([key, value]) =>
    key in known ? unknownKeys(value, known[key], [...path, key]) : [[...path, key].join('.')],
  );
}

/** Checks `c`'s values against its chart, for a cluster of Kubernetes `version`. */
function checkAgainstChart(c: ControllerInstall, version: string): void {
  if (c.id === 'metrics-server') return;
  if (c.id === 'cilium') {
    expect(ciliumValuesProblems(c.values, version), c.id).toEqual([]);
    const cidrs = (c.values as { ipam: { operator: { clusterPoolIPv4PodCIDRList: string[] } } }).ipam.operator
      .clusterPoolIPv4PodCIDRList;
    expect(cidrs.length).toBeGreaterThan(0);
    const documented = parse(AWS_CILIUM_VALUES) as {
      affinity: unknown;
      ipam: { operator: { clusterPoolIPv4PodCIDRList: string[] } };
      operator: Record<string, unknown>;
    };
    documented.ipam.operator.clusterPoolIPv4PodCIDRList = cidrs;
    // Added to AWS's values (cilium.ts): the operator kept on the hybrid nodes, as many replicas as fit there.
    const operator = (c.values as { operator: { replicas: number } }).operator;
    documented.operator = { ...documented.operator, replicas: operator.replicas, affinity: documented.affinity };
    expect(c.values).toEqual(documented);
    return;
  }
  const keys = [...Object.keys(c.values), ...c.valuesFromCluster.map((v) => v.key)];
  const all = { ...c.values, ...Object.fromEntries(c.valuesFromCluster.map((v) => [v.key, 'vpc-0123456789abcdef0'])) };
  expect(keys.length).toBeGreaterThan(0);
  expect(unknownKeys(all, DEFAULT_VALUES[c.id]), c.id).toEqual([]);
  if (c.id === 'external-dns') expect(validateExternalDns(c.values) ? [] : validateExternalDns.errors, c.id).toEqual([]);
}

/** A template changed so that it needs every controller, to cover the ones no template needs. */
function everyControllerDesign() {
  const design = loadTemplate('microservices');
  for (const part of design.parts)
    if (part.kind === 'cluster') part.props.addons.nodeAutoscaler = 'cluster-autoscaler';
    else if (part.kind === 'managed-node-group' && part.name === 'ng-frontend') part.props.instanceTypes = ['g5.xlarge'];
  return design;
}

describe('generated Helm values against the charts', () => {
  it.each(TEMPLATE_IDS)('%s: every values file fits its chart', (id) => {
    const { plan, config, files } = templateBundle(id);
    for (const c of plan.controllers) checkAgainstChart(c, config.metadata.version);
    // The file the bundle writes, read back, is what Helm gets.
    const cilium = files.find((f) => f.path === 'helm/cilium.values.yaml');
    expect(cilium !== undefined).toBe(plan.controllers.some((c) => c.id === 'cilium'));
    if (cilium)
      expect(ciliumValuesProblems(parse(cilium.content) as Record<string, unknown>, config.metadata.version)).toEqual([]);
  });

  it('covers all seven controllers across the templates and the all-controllers design', () => {
    const seen = new Set<ControllerId>();
    for (const id of TEMPLATE_IDS) for (const c of templateBundle(id).plan.controllers) seen.add(c.id);
    const design = everyControllerDesign();
    const { yaml, config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    const { plan } = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
    for (const c of plan.controllers) {
      checkAgainstChart(c, config.metadata.version);
      seen.add(c.id);
    }
    expect([...seen].sort()).toEqual([
      'aws-load-balancer-controller',
      'cilium',
      'cluster-autoscaler',
      'external-dns',
      'karpenter',
      'metrics-server',
      'nvidia-device-plugin',
    ]);
  });

  it('catches a misspelt key and a value the ExternalDNS or Cilium schema refuses', () => {
    const [c] = templateBundle('microservices').plan.controllers.filter((x) => x.id === 'external-dns');
    expect(validateExternalDns({ ...c!.values, policy: 'delete-all' })).toBe(false);
    expect(validateExternalDns({ ...c!.values, replicaCount: 2 })).toBe(false);
    const hybrid = templateBundle('hybrid-cloud');
    const cilium = structuredClone(hybrid.plan.controllers.find((x) => x.id === 'cilium')!.values) as {
      ipam: { operator: Record<string, unknown> };
    };
    cilium.ipam.operator.clusterPoolIPv4PodCIDRList = [{ cidr: '192.168.64.0/18' }];
    expect(ciliumValuesProblems(cilium, hybrid.config.metadata.version)).toEqual([
      'values.schema.json: /ipam/operator/clusterPoolIPv4PodCIDRList/0 must be string',
      'values.schema.json: /ipam/operator/clusterPoolIPv4PodCIDRList/0 must match a schema in anyOf',
    ]);
    expect(unknownKeys({ serviceAcount: { name: 'x' } }, DEFAULT_VALUES['aws-load-balancer-controller'])).toEqual([
      'serviceAcount',
    ]);
    expect(unknownKeys({ rbac: { serviceAccount: { nmae: 'x' } } }, DEFAULT_VALUES['cluster-autoscaler'])).toEqual([
      'rbac.serviceAccount.nmae',
    ]);
  });
});

describe('controllers in a cluster with Windows node groups', () => {
  // Regression (s14-windows-linux-alb-iis): the charts set no node selector and EKS does not taint Windows nodes.
  it('keeps the Linux-only controllers on Linux nodes, and leaves a Linux-only cluster as the charts have it', () => {
    const windows = bundleOf(
      parseDesignText(
        readFileSync(new URL('../rules/fixtures/designs/s14-windows-linux-alb-iis.eksdesign', import.meta.url), 'utf8'),
      ).design,
    );
    const lbc = windows.plan.controllers.find((c) => c.id === 'aws-load-balancer-controller')!;
    expect((lbc.values as { nodeSelector?: unknown }).nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    for (const c of templateBundle('microservices').plan.controllers)
      expect((c.values as { nodeSelector?: unknown }).nodeSelector, c.id).toBeUndefined();
  });
});
