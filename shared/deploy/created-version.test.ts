/** The bundle of a config that leaves the Kubernetes version to eksctl: planned for the version eksctl creates. */
import { describe, expect, it } from 'vitest';
import { EKSCTL_DEFAULT_KUBERNETES_VERSION, createdKubernetesVersion } from '../export/created-version.js';
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import { importEksctlYaml } from '../round-trip/index.js';
import { exportEksctlYaml } from '../export/export-yaml.js';
import { RuleRegistry } from '../rules/registry.js';
import { deploymentBundle } from './deployment-bundle.js';

const NO_RULES = new RuleRegistry([]);

function bundleOf(versionLine: string) {
  const text = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: c1
  region: us-west-2
${versionLine}
addons:
  - name: metrics-server
managedNodeGroups:
  - name: ng-1
    instanceType: m5.large
`;
  const design = importEksctlYaml(text).document.design;
  const { yaml } = exportEksctlYaml(design, { registry: NO_RULES });
  return { yaml, bundle: deploymentBundle(design, { lang: 'en', clusterYaml: yaml }) };
}

describe('the Kubernetes version a bundle is planned for', () => {
  it('is eksctl default when the file leaves it out, and cluster.yaml still leaves it to eksctl', () => {
    const { yaml, bundle } = bundleOf('');
    expect(yaml).not.toMatch(/^\s*version:/m);
    expect(bundle.plan.kubernetesVersion).toBe(EKSCTL_DEFAULT_KUBERNETES_VERSION);
    expect(bundle.files.find((f) => f.path === 'DEPLOY.md')!.content).toContain(
      `Kubernetes ${EKSCTL_DEFAULT_KUBERNETES_VERSION}`,
    );
  });

  it('resolves "auto" and "latest" as eksctl does, and keeps a version that is given', () => {
    expect(bundleOf('  version: auto').bundle.plan.kubernetesVersion).toBe(EKSCTL_DEFAULT_KUBERNETES_VERSION);
    expect(bundleOf('  version: latest').bundle.plan.kubernetesVersion).toBe(KUBERNETES_VERSION_CALENDAR.versions[0]!.version);
    expect(bundleOf('  version: "1.33"').bundle.plan.kubernetesVersion).toBe('1.33');
    expect(createdKubernetesVersion('')).toBe(EKSCTL_DEFAULT_KUBERNETES_VERSION);
  });
});
