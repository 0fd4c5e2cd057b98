import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportEksctlYaml } from '../export/export-yaml.js';
import type { Design } from '../model/design.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { CILIUM_KUBERNETES, compareMinor } from './chart-versions.js';
import { cilium, ciliumOperatorReplicas, HYBRID_COMPUTE_TYPE } from './cilium.js';
import { deploymentBundle } from './deployment-bundle.js';
import { bundleOf, loadTemplate, templateBundle } from './test-support/templates.js';

/** The hybrid-cloud template with `count` hybrid nodes. */
function withHybridNodes(count: number): Design {
  const design = loadTemplate('hybrid-cloud');
  for (const part of design.parts) if (part.kind === 'on-prem-network') part.props.hybridNodeCount = count;
  return design;
}

interface CiliumValues {
  affinity: unknown;
  operator: { replicas: number; affinity: unknown; unmanagedPodWatcher: { restart: boolean } };
}

const ciliumValues = (design: Design, lang: 'en' | 'ja' = 'en') => {
  const bundle = bundleOf(design, lang);
  const file = bundle.files.find((f) => f.path === 'helm/cilium.values.yaml')!;
  return { values: parse(file.content) as CiliumValues, bundle };
};

describe('Cilium for hybrid nodes', () => {
  const bundle = templateBundle('hybrid-cloud');

  it("is installed first, from AWS's chart in ECR Public, with the remote pod networks of cluster.yaml", () => {
    const [first] = bundle.plan.controllers;
    expect(first?.id).toBe('cilium');
    // AWS supports Cilium on hybrid nodes only in its own builds ("Configure CNI for hybrid nodes").
    expect(first?.chart).toEqual({
      repo: 'oci://public.ecr.aws/eks/cilium',
      name: 'cilium',
      version: '1.17.6-0',
      appVersion: 'v1.17.6',
    });
    const values = bundle.files.find((f) => f.path === 'helm/cilium.values.yaml')!.content;
    const clusterYaml = bundle.files.find((f) => f.path === 'cluster.yaml')!.content;
    const pod = /remotePodNetworks:\n\s+- cidrs:\n\s+- ([\d./]+)/.exec(clusterYaml)![1]!;
    expect(values).toContain(`- ${pod}`);
    const script = bundle.files.find((f) => f.path === 'deploy.sh')!.content;
    expect(script.indexOf('helm upgrade --install cilium')).toBeGreaterThan(script.indexOf('aws eks update-kubeconfig'));
    expect(script.indexOf('helm upgrade --install cilium')).toBeLessThan(script.lastIndexOf('kubectl apply'));
    expect(script).toContain('kubectl -n kube-system rollout status daemonset/cilium --timeout=10m');
    expect(script).toContain('kubectl -n kube-system rollout status deployment/cilium-operator --timeout=10m');
  });

  it('installs the OCI chart by its reference, with no chart repository to add', () => {
    const script = bundle.files.find((f) => f.path === 'deploy.sh')!.content;
    // Helm's --repo takes HTTP chart repositories only; an OCI chart is the chart argument itself.
    expect(script).toContain(
      'helm upgrade --install cilium oci://public.ecr.aws/eks/cilium/cilium --version 1.17.6-0 \\\n' +
        '  --namespace kube-system --create-namespace --values helm/cilium.values.yaml --wait --timeout 10m',
    );
    expect(script).not.toMatch(/helm repo add|helm\.cilium\.io|--repo oci:/);
    const values = bundle.files.find((f) => f.path === 'helm/cilium.values.yaml')!.content;
    expect(values.split('\n')[0]).toBe(
      '# Cilium: values for chart cilium 1.17.6-0 (oci://public.ecr.aws/eks/cilium/cilium), release cilium in kube-system.',
    );
  });

  it("says in DEPLOY.md, in both languages, that this is AWS's build, the one AWS supports for hybrid nodes", () => {
    const en = bundleOf(loadTemplate('hybrid-cloud'), 'en').files.find((f) => f.path === 'DEPLOY.md')!.content;
    const ja = bundleOf(loadTemplate('hybrid-cloud'), 'ja').files.find((f) => f.path === 'DEPLOY.md')!.content;
    expect(en).toContain("This is AWS's build of Cilium, the one AWS supports for hybrid nodes.");
    expect(en).toContain('| Cilium | `kube-system` | Helm | `cilium` 1.17.6-0 (oci://public.ecr.aws/eks/cilium/cilium) | — |');
    expect(ja).toContain(
      'これは AWS が保守する Cilium のビルドで、AWS がハイブリッドノード向けにサポートするのはこのビルドです。',
    );
    expect(ja).toContain('| Cilium | `kube-system` | Helm | `cilium` 1.17.6-0（oci://public.ecr.aws/eks/cilium/cilium） | — |');
    // Without a remote pod network the reason takes its other form; it still names the build.
    const design = loadTemplate('hybrid-cloud');
    for (const part of design.parts) if (part.kind === 'on-prem-network') part.props.remotePodCidrs = [];
    const noPods = bundleOf(design, 'en').files.find((f) => f.path === 'DEPLOY.md')!.content;
    expect(noPods).toContain('The design declares no remote pod network');
    expect(noPods).toContain("This is AWS's build of Cilium, the one AWS supports for hybrid nodes. The CNI");
  });

  it('is not installed for a cluster without hybrid nodes', () => {
    for (const id of ['microservices', 'web-application'] as const)
      expect(templateBundle(id).plan.controllers.map((c) => c.id)).not.toContain('cilium');
  });

  it('keeps the operator on the hybrid nodes, as many replicas as hybrid nodes up to the chart default of 2', () => {
    const hybridOnly = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: HYBRID_COMPUTE_TYPE.key, operator: 'In', values: ['hybrid'] }] }],
        },
      },
    };
    // The template has 4 hybrid nodes: the chart's 2 replicas fit, one a node.
    const four = ciliumValues(loadTemplate('hybrid-cloud')).values;
    expect(four.operator).toEqual({ replicas: 2, affinity: hybridOnly, unmanagedPodWatcher: { restart: false } });
    expect(four.affinity).toEqual(hybridOnly);
    // One hybrid node: a second replica could never be scheduled (required anti-affinity on the hostname).
    const one = ciliumValues(withHybridNodes(1));
    expect(one.values.operator.replicas).toBe(1);
    expect(one.bundle.files.find((f) => f.path === 'DEPLOY.md')!.content).toContain(
      'Its operator runs 1 replica on the hybrid nodes, one per node.',
    );
    expect(ciliumValues(withHybridNodes(1), 'ja').bundle.files.find((f) => f.path === 'DEPLOY.md')!.content).toContain(
      'オペレーターはハイブリッドノード上で 1 レプリカ（1 ノードに 1 つ）動きます。',
    );
    expect(ciliumValues(withHybridNodes(2)).values.operator.replicas).toBe(2);
  });

  it('never asks for more operator replicas than hybrid nodes, nor for none', () => {
    for (let nodes = 0; nodes <= 6; nodes++) {
      const replicas = ciliumOperatorReplicas(nodes);
      expect(replicas).toBeGreaterThanOrEqual(1);
      expect(replicas).toBeLessThanOrEqual(Math.max(1, Math.min(nodes, 2)));
    }
  });

  describe('and the Kubernetes versions Cilium 1.17 supports (1.29 and later, tested on 1.29 to 1.32)', () => {
    const at = (version: string) => {
      const config = structuredClone(bundle.config);
      config.metadata.version = version;
      return cilium(config, 4);
    };
    const note = "relies on Kubernetes' backward compatibility";

    it('warns below 1.29, notes above 1.32, says nothing within', () => {
      expect(CILIUM_KUBERNETES).toEqual({ min: '1.29', max: '1.32' });
      for (let minor = 25; minor <= 37; minor++) {
        const version = `1.${minor}`;
        const c = at(version);
        expect(c.unsupported !== undefined, version).toBe(minor < 29);
        expect(c.reason.en.includes(note), version).toBe(minor > 32);
        expect(c.reason.ja.includes('後方互換性'), version).toBe(minor > 32);
      }
      expect(at('1.28').unsupported).toEqual({
        en: 'Cilium v1.17.6 does not support Kubernetes 1.28: Cilium 1.17 supports Kubernetes 1.29 and later (tested on 1.29 to 1.32). Upgrade the cluster to Kubernetes 1.29 or later.',
        ja: 'Cilium v1.17.6 は Kubernetes 1.28 をサポートしていません。Cilium 1.17 がサポートするのは Kubernetes 1.29 以降です（テスト済みは 1.29 〜 1.32）。クラスターを Kubernetes 1.29 以降にアップグレードしてください。',
      });
      expect(at('1.35').reason.en).toContain(
        "Cilium 1.17 is tested on Kubernetes 1.29 to 1.32; on 1.35 it relies on Kubernetes' backward compatibility (AWS supports Cilium 1.17 on hybrid nodes for every Kubernetes version EKS supports).",
      );
    });

    it('puts the warning in DEPLOY.md in both languages', () => {
      const design = loadTemplate('hybrid-cloud');
      for (const part of design.parts) if (part.kind === 'cluster') part.props.version = '1.28';
      const { yaml, config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
      expect(compareMinor(config.metadata.version, CILIUM_KUBERNETES.min)).toBeLessThan(0);
      const deploy = (lang: 'en' | 'ja') =>
        deploymentBundle(design, { lang, clusterYaml: yaml }).files.find((f) => f.path === 'DEPLOY.md')!.content;
      expect(deploy('en')).toContain('> **Warning:** Cilium v1.17.6 does not support Kubernetes 1.28');
      expect(deploy('ja')).toContain('Cilium v1.17.6 は Kubernetes 1.28 をサポートしていません。');
    });
  });
});

describe('the AWS Load Balancer Controller beside hybrid nodes', () => {
  // Regression (s14-hybrid-remote-pods-alb): the controller's webhooks could land on a hybrid node, whose pod network
  // the control plane reaches only where it is routed; AWS asks for webhooks on cloud nodes in mixed-mode clusters.
  it('runs on cloud nodes, keeping the chart default anti-affinity a custom affinity replaces', () => {
    const lbc = (design: Design) =>
      bundleOf(design).plan.controllers.find((c) => c.id === 'aws-load-balancer-controller')!.values as {
        affinity?: { nodeAffinity: unknown; podAntiAffinity: unknown };
      };
    const mixed = withHybridNodes(2);
    for (const part of mixed.parts) if (part.kind === 'cluster') part.props.addons.awsLoadBalancerController = true;
    const values = lbc(mixed);
    expect(values.affinity?.nodeAffinity).toEqual({
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: HYBRID_COMPUTE_TYPE.key, operator: 'NotIn', values: ['hybrid'] }] }],
      },
    });
    expect(values.affinity?.podAntiAffinity).toBeDefined();
    expect(lbc(loadTemplate('microservices')).affinity).toBeUndefined();
  });
});
