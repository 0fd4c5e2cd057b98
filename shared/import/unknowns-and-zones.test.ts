/**
 * Import says only what the file says: an existing VPC's NAT gateways and CIDR are AWS's to know, so a file
 * that leaves them out imports them as unknown (and exports them as absent); zones the file picks are the
 * user's pick, drawn as the subnets eksctl creates there and written back exactly.
 */
import { describe, expect, it } from 'vitest';
import { buildClusterConfig } from '../export/index.js';
import type { Design } from '../model/design.js';
import type { PartOf } from '../model/parts.js';
import { defaultRuleContext, validateDesign } from '../rules/engine.js';
import { parseEksctlYamlText } from './parse-yaml.js';

const parseYaml = (text: string): unknown => parseEksctlYamlText(text).value;
import { importEksctlYaml } from '../round-trip/index.js';

const EXISTING_PRIVATE_VPC = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: private-existing
  region: eu-west-1
  version: "1.35"
privateCluster:
  enabled: true
vpc:
  id: vpc-0a1b2c3d4e5f60718
  subnets:
    private:
      eu-west-1a: { id: subnet-0a1b2c3d4e5f60001 }
      eu-west-1b: { id: subnet-0a1b2c3d4e5f60002 }
managedNodeGroups:
  - name: ng-1
    instanceType: m6i.large
    privateNetworking: true
`;

const PICKED_ZONES = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: zones
  region: us-east-1
  version: "1.35"
availabilityZones: ["us-east-1a", "us-east-1d", "us-east-1f"]
managedNodeGroups:
  - name: ng-1
    instanceType: m6i.large
`;

function vpcOf(design: Design): PartOf<'vpc'> {
  return design.parts.find((p): p is PartOf<'vpc'> => p.kind === 'vpc')!;
}

describe('import of an existing private VPC', () => {
  it('invents neither a NAT setting nor a VPC CIDR', () => {
    const { design } = importEksctlYaml(EXISTING_PRIVATE_VPC).document;
    const vpc = vpcOf(design);
    expect(vpc.props.natGateway).toBeNull();
    expect(vpc.props.cidr).toBe('');
    expect(vpc.props.existingVpcId).toBe('vpc-0a1b2c3d4e5f60718');
  });

  it('exports exactly the file it came from, and without its origin record writes no vpc.cidr or vpc.nat', () => {
    const { design } = importEksctlYaml(EXISTING_PRIVATE_VPC).document;
    expect(buildClusterConfig(design)).toEqual(parseYaml(EXISTING_PRIVATE_VPC));
    const cluster = design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
    const { eksctlOrigin: _, ...props } = cluster.props;
    const fresh: Design = { ...design, parts: design.parts.map((p) => (p === cluster ? { ...cluster, props } : p)) };
    const vpc = buildClusterConfig(fresh).vpc!;
    expect(vpc.cidr).toBeUndefined();
    expect(vpc.nat).toBeUndefined();
  });

  it('gets no NAT or CIDR findings from the unknown values', () => {
    const { design } = importEksctlYaml(EXISTING_PRIVATE_VPC).document;
    const ids = validateDesign(design, { ...defaultRuleContext(), today: '2026-12-06' }).map((d) => d.ruleId);
    expect(ids.filter((id) => /nat|cidr/.test(id))).toEqual([]);
  });
});

/** eksctl's creating-and-managing-clusters page: existing private subnets by id, no vpc.id (eksctl finds the VPC). */
const SUBNET_IDS_ONLY = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: subnets-only
  region: eu-north-1
  version: "1.35"
vpc:
  subnets:
    private:
      eu-north-1a: { id: subnet-0ff156e0c4a6d300c }
      eu-north-1b: { id: subnet-0549cdab573695c03 }
nodeGroups:
  - name: ng-1
    instanceType: m7i.large
    privateNetworking: true
`;

describe('import of an existing VPC named only by its subnet ids', () => {
  it('is an existing VPC: no NAT setting, no invented CIDR, and no NAT or CIDR findings', () => {
    const { design } = importEksctlYaml(SUBNET_IDS_ONLY).document;
    const vpc = vpcOf(design);
    expect(vpc.props.natGateway).toBeNull();
    expect(vpc.props.cidr).toBe('');
    expect(vpc.props.existingVpcId).toBeUndefined();
    const ids = validateDesign(design, { ...defaultRuleContext(), today: '2026-12-06' }).map((d) => d.ruleId);
    expect(ids.filter((id) => /nat|cidr/.test(id))).toEqual([]);
  });

  it('subnets given by zone alone without vpc.id (which eksctl refuses) get no NAT setting either', () => {
    const text = SUBNET_IDS_ONLY.replace('{ id: subnet-0ff156e0c4a6d300c }', '{}').replace(
      '{ id: subnet-0549cdab573695c03 }',
      '{}',
    );
    const vpc = vpcOf(importEksctlYaml(text).document.design);
    expect(vpc.props.natGateway).toBeNull();
  });
});

describe('import of metadata.version "auto" and "latest"', () => {
  it('reads them as the recent versions eksctl resolves them to, with no version finding, and writes the word back', () => {
    for (const word of ['auto', 'latest']) {
      const text = SUBNET_IDS_ONLY.replace('version: "1.35"', `version: ${word}`);
      const { design } = importEksctlYaml(text).document;
      const cluster = design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
      expect(cluster.props.version).toMatch(/^1\.\d+$/);
      const ids = validateDesign(design, { ...defaultRuleContext(), today: '2026-12-06' }).map((d) => d.ruleId);
      expect(ids.filter((id) => id.startsWith('cluster.version'))).toEqual([]);
      expect(buildClusterConfig(design).metadata.version).toBe(word);
    }
  });
});

describe('import of a config that picks its availabilityZones', () => {
  it('draws the subnets eksctl creates in those zones (not a cluster extra) and round-trips the zones exactly', () => {
    const { design } = importEksctlYaml(PICKED_ZONES).document;
    const subnets = design.parts.flatMap((p) => (p.kind === 'subnet' ? [p.props] : []));
    // eksctl's split of its default 192.168.0.0/16 for three zones (pkg/vpc/vpc_test.go).
    expect(subnets.map((s) => `${s.access} ${s.availabilityZone} ${s.cidr}`)).toEqual([
      'public us-east-1a 192.168.0.0/19',
      'public us-east-1d 192.168.32.0/19',
      'public us-east-1f 192.168.64.0/19',
      'private us-east-1a 192.168.96.0/19',
      'private us-east-1d 192.168.128.0/19',
      'private us-east-1f 192.168.160.0/19',
    ]);
    const cluster = design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
    expect(cluster.props.extra?.['availabilityZones']).toBeUndefined();
    expect(buildClusterConfig(design)).toEqual(parseYaml(PICKED_ZONES));
  });

  it('keeps zones listed out of alphabetical order in that order, so eksctl gives the same CIDRs', () => {
    const text = PICKED_ZONES.replace('["us-east-1a", "us-east-1d", "us-east-1f"]', '["us-east-1f", "us-east-1a"]');
    const { design } = importEksctlYaml(text).document;
    expect(buildClusterConfig(design).availabilityZones).toEqual(['us-east-1f', 'us-east-1a']);
  });

  it("an edit of a drawn subnet's zone reaches the export", () => {
    const { design } = importEksctlYaml(PICKED_ZONES).document;
    const edited: Design = {
      ...design,
      parts: design.parts.map((p) =>
        p.kind === 'subnet' && p.props.availabilityZone === 'us-east-1d'
          ? { ...p, props: { ...p.props, availabilityZone: 'us-east-1b' } }
          : p,
      ),
    };
    expect(buildClusterConfig(edited).availabilityZones).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1f']);
  });

  it('keeps zones picked on a VPC without drawn subnets', () => {
    const { design } = importEksctlYaml(PICKED_ZONES).document;
    const vpc = vpcOf(design);
    const edited: Design = {
      ...design,
      parts: design.parts
        .filter((p) => p.kind !== 'subnet')
        .map((p) => (p === vpc ? { ...vpc, props: { ...vpc.props, availabilityZones: ['us-east-1b', 'us-east-1c'] } } : p)),
    };
    expect(buildClusterConfig(edited).availabilityZones).toEqual(['us-east-1b', 'us-east-1c']);
  });
});
