/**
 * Names agree across the bundle: every controller's service account and namespace is the one cluster.yaml
 * gives an IAM role (IRSA service account or pod identity association), Cluster Autoscaler discovers exactly the
 * exported node groups, and every pinned chart supports the cluster's Kubernetes version.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  TEMPLATE_IDS,
  VARIANT_BUNDLES,
  bundleOf,
  loadTemplate,
  templateBundle,
  type TemplateBundle,
} from './test-support/templates.js';
import type { ControllerInstall } from './types.js';

/** The IAM policy switch eksctl attaches for each controller that calls AWS. */
const POLICY: Partial<Record<ControllerInstall['id'], string>> = {
  'aws-load-balancer-controller': 'awsLoadBalancerController',
  'cluster-autoscaler': 'autoScaler',
  'external-dns': 'externalDNS',
};

/** The microservices template with IRSA instead of Pod Identity: eksctl then creates the service accounts. */
function microservicesWithIrsa(): TemplateBundle {
  const design = loadTemplate('microservices');
  for (const part of design.parts) if (part.kind === 'cluster') part.props.controllerIdentity = 'irsa';
  return bundleOf(design);
}

const CASES: [string, () => TemplateBundle][] = [
  ...TEMPLATE_IDS.map((id): [string, () => TemplateBundle] => [id, () => templateBundle(id)]),
  ['microservices with IRSA', microservicesWithIrsa],
  ...Object.entries(VARIANT_BUNDLES).map(([id, make]): [string, () => TemplateBundle] => [id, () => make('en')]),
];

describe.each(CASES)('%s bundle', (_name, make) => {
  const bundle = make();
  const { config, plan, files } = bundle;
  const cluster = parse(files.find((f) => f.path === 'cluster.yaml')!.content) as typeof config;

  it('writes the cluster.yaml of the export, and one values file per Helm install', () => {
    expect(cluster).toEqual(config);
    const helm = plan.controllers.filter((c) => c.installedBy === 'helm').map((c) => `helm/${c.release}.values.yaml`);
    expect(files.filter((f) => f.path.startsWith('helm/')).map((f) => f.path)).toEqual(helm);
    for (const c of plan.controllers.filter((x) => x.installedBy === 'helm'))
      expect(parse(files.find((f) => f.path === `helm/${c.release}.values.yaml`)!.content)).toEqual(c.values);
  });

  it('gives each controller the service account cluster.yaml grants its IAM role', () => {
    for (const c of plan.controllers) {
      const policy = POLICY[c.id];
      if (!policy) continue;
      const sa = c.serviceAccount!;
      const irsa = cluster.iam?.serviceAccounts?.find((s) => s.metadata.name === sa.name);
      const pia = cluster.iam?.podIdentityAssociations?.find((a) => a.serviceAccountName === sa.name);
      const grant = irsa
        ? { namespace: irsa.metadata.namespace, policies: irsa.wellKnownPolicies }
        : pia && { namespace: pia.namespace, policies: pia.wellKnownPolicies };
      expect(grant, `${c.id}: cluster.yaml has no IAM for ${sa.name}`).toBeDefined();
      expect(grant!.namespace).toBe(c.namespace);
      expect(grant!.policies).toHaveProperty(policy, true);
      // The chart creates the account exactly when eksctl does not.
      const values = c.values as {
        serviceAccount?: { create: boolean; name: string };
        rbac?: { serviceAccount: { create: boolean; name: string } };
      };
      const chartSa = values.serviceAccount ?? values.rbac!.serviceAccount;
      expect(chartSa).toEqual({ name: sa.name, create: irsa === undefined });
    }
  });

  it('uses the IAM style of the design', () => {
    const identity = bundle.design.parts.find((p) => p.kind === 'cluster')!.props as { controllerIdentity: string };
    for (const c of plan.controllers.filter((x) => POLICY[x.id]))
      expect(c.serviceAccount!.iam).toBe(identity.controllerIdentity === 'irsa' ? 'irsa' : 'pod-identity');
  });

  it('discovers the exported node groups and names the cluster and region of cluster.yaml', () => {
    for (const c of plan.controllers) {
      const text = JSON.stringify(c.values);
      if (text.includes('"clusterName"')) expect(text).toContain(`"clusterName":"${cluster.metadata.name}"`);
    }
    const ca = plan.controllers.find((c) => c.id === 'cluster-autoscaler');
    if (!ca) return;
    const tags = (ca.values as { autoDiscovery: { tags: string[] } }).autoDiscovery.tags;
    expect(tags).toEqual(['k8s.io/cluster-autoscaler/enabled', `k8s.io/cluster-autoscaler/${cluster.metadata.name}`]);
    // EKS tags managed node groups' ASGs with both keys; self-managed groups carry them in cluster.yaml.
    for (const ng of cluster.nodeGroups ?? []) for (const tag of tags) expect(ng.tags ?? {}, ng.name).toHaveProperty([tag]);
    for (const ng of [...(cluster.managedNodeGroups ?? []), ...(cluster.nodeGroups ?? [])])
      expect(ng.propagateASGTags).toBe(true);
    expect((ca.values as { awsRegion: string }).awsRegion).toBe(cluster.metadata.region);
  });

  it('pins charts that support the cluster Kubernetes version', () => {
    expect(plan.controllers.filter((c) => c.unsupported).map((c) => c.unsupported!.en)).toEqual([]);
    const ca = plan.controllers.find((c) => c.id === 'cluster-autoscaler');
    if (ca) expect(ca.chart!.appVersion).toMatch(new RegExp(`^v${cluster.metadata.version.replace('.', '\\.')}\\.`));
  });
});
