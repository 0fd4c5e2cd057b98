/**
 * The AMI families a design holds: every family eksctl offers for current Kubernetes versions, so the rules that
 * read a node group's family on the canvas (architecture, GPU drivers, Windows, CoreDNS placement) and the cost
 * see the group as eksctl will build it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import { AMI_FAMILIES } from '../model/parts.js';
import { validateDesign } from '../rules/engine.js';
import { importEksctlYaml } from '../round-trip/index.js';

const schema = JSON.parse(readFileSync(new URL('../eksctl/schema.json', import.meta.url), 'utf8')) as {
  definitions: Record<string, { properties: Record<string, { enum?: string[] }> }>;
};
/** Families eksctl lists that have no EKS AMI for any version EKS still runs (ami-family-version: up to 1.28). */
const RETIRED = ['Ubuntu2004', 'UbuntuPro2004'];

const config = (family: string, instanceType: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: families
  region: us-east-1
  version: "1.35"
managedNodeGroups:
  - name: linux
    instanceType: m7i.large
    desiredCapacity: 2
    privateNetworking: true
  - name: ng
    instanceType: ${instanceType}
    amiFamily: ${family}
    desiredCapacity: 2
    privateNetworking: true
`;

function errors(yaml: string): string[] {
  const { document } = importEksctlYaml(yaml);
  const found = validateDesign(document.design, { today: '2026-12-06', calendar: KUBERNETES_VERSION_CALENDAR });
  return [...new Set(found.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
}

describe('AMI families of node groups', () => {
  // Found by the seventh pass of unseen configs: Windows Server 2025, Ubuntu 26.04 and Bottlerocket FIPS groups
  // imported as AmazonLinux2023 on the canvas (the family kept aside for the export), so a Windows 2025 group on
  // Graviton or on a GPU type got none of the errors a Windows 2022 group gets.
  it('models every family eksctl offers for a current Kubernetes version', () => {
    for (const kind of ['ManagedNodeGroup', 'NodeGroup']) {
      const offered = schema.definitions[kind]!.properties['amiFamily']!.enum!.filter((f) => !RETIRED.includes(f));
      expect([...AMI_FAMILIES].sort()).toEqual(offered.sort());
    }
  });

  it('reads a Windows Server 2025 group as Windows: not on Graviton, not on NVIDIA GPUs', () => {
    expect(errors(config('WindowsServer2025CoreContainer', 'm7g.xlarge'))).toEqual(['ng.instance-arch-ami']);
    expect(errors(config('WindowsServer2025FullContainer', 'g6.xlarge'))).toEqual(['ng.gpu-ami']);
  });

  it('imports the new families as they are and exports them unchanged', () => {
    for (const family of ['WindowsServer2025CoreContainer', 'Ubuntu2604', 'UbuntuPro2604', 'BottlerocketFips']) {
      const { document } = importEksctlYaml(config(family, 'm7i.xlarge'));
      const ng = document.design.parts.find((p) => p.kind === 'managed-node-group' && p.name === 'ng');
      expect(ng?.kind === 'managed-node-group' && ng.props.amiFamily).toBe(family);
    }
  });
});
