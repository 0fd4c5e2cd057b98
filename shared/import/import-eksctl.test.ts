/** What an imported design looks like, what it keeps in `extra`, and how canvas edits reach the export. */
import { describe, expect, it } from 'vitest';
import { buildClusterConfig } from '../export/index.js';
import type { Design } from '../model/design.js';
import type { Part, PartOf } from '../model/parts.js';
import { importEksctlYaml } from '../round-trip/index.js';
import { fixtureText } from '../../test-support/eksctl-fixtures.js';

function designOf(fixture: string): Design {
  return importEksctlYaml(fixtureText(fixture)).document.design;
}

function only<K extends Part['kind']>(design: Design, kind: K): PartOf<K>[] {
  return design.parts.filter((p): p is PartOf<K> => p.kind === kind);
}

describe('importEksctlYaml layout and mapping', () => {
  it("shows a config without vpc: as a cluster in eksctl's default VPC (no VPC part)", () => {
    const design = designOf('01-simple-cluster.yaml');
    expect(only(design, 'vpc')).toEqual([]);
    const [cluster] = only(design, 'cluster');
    expect(cluster!.parentId).toBeUndefined();
    expect(cluster!.props).toMatchObject({ region: 'eu-north-1', logging: ['audit', 'authenticator', 'controllerManager'] });
    const [ng] = only(design, 'self-managed-node-group');
    expect(ng).toMatchObject({ name: 'ng-1', parentId: cluster!.id });
    expect(ng!.props).toMatchObject({
      instanceTypes: ['m5.large'],
      desiredCapacity: 1,
      minSize: 1,
      maxSize: 1,
      privateNetworking: false,
    });
  });

  it('puts existing subnets in the VPC by AZ and the cluster below them', () => {
    const design = designOf('04-existing-vpc.yaml');
    const [vpc] = only(design, 'vpc');
    expect(vpc!.props).toMatchObject({ existingVpcId: 'vpc-0dd338ecf29863c55', cidr: '192.168.0.0/16' });
    const subnets = only(design, 'subnet');
    expect(subnets.map((s) => [s.props.availabilityZone, s.props.existingSubnetId, s.parentId])).toEqual([
      ['eu-north-1a', 'subnet-0b2512f8c6ae9bf30', vpc!.id],
      ['eu-north-1b', 'subnet-08cb9a2ed60394ce3', vpc!.id],
      ['eu-north-1c', 'subnet-00f71956cdec8f1dc', vpc!.id],
    ]);
    const xs = subnets.map((s) => s.position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const [cluster] = only(design, 'cluster');
    expect(cluster!.position.y).toBeGreaterThan(subnets[0]!.position.y + 80);
  });

  it('names subnets keyed by AZ by their subnet id, or by access and AZ; an alias stays their name', () => {
    expect(only(designOf('04-existing-vpc.yaml'), 'subnet').map((s) => s.name)).toEqual([
      'subnet-0b2512f8c6ae9bf30',
      'subnet-08cb9a2ed60394ce3',
      'subnet-00f71956cdec8f1dc',
    ]);
    const aliased = only(designOf('24-nodegroup-subnets.yaml'), 'subnet').map((s) => s.name);
    expect(aliased).toContain('public-one');
    const byAz = importEksctlYaml(
      [
        'apiVersion: eksctl.io/v1alpha5',
        'kind: ClusterConfig',
        'metadata: { name: c, region: us-west-2 }',
        'vpc:',
        '  cidr: 10.1.0.0/16',
        '  subnets:',
        '    public: { us-west-2a: { cidr: 10.1.0.0/20 } }',
        '    private: { us-west-2a: { cidr: 10.1.64.0/19 } }',
      ].join('\n'),
    ).document.design;
    expect(only(byAz, 'subnet').map((s) => s.name)).toEqual(['public-us-west-2a', 'private-us-west-2a']);
    // An AZ key shared with an aliased subnet in the same AZ stays the name: the exporter keys such subnets by name.
    const shared = importEksctlYaml(
      [
        'apiVersion: eksctl.io/v1alpha5',
        'kind: ClusterConfig',
        'metadata: { name: c, region: us-west-2 }',
        'vpc:',
        '  subnets:',
        '    private: { us-west-2a: { id: subnet-1 }, extra: { id: subnet-2, az: us-west-2a } }',
      ].join('\n'),
    );
    expect(only(shared.document.design, 'subnet').map((s) => s.name)).toEqual(['us-west-2a', 'extra']);
    expect(buildClusterConfig(shared.document.design)).toEqual(shared.config);
  });

  it('resolves node group subnets by alias and by id', () => {
    const design = designOf('24-nodegroup-subnets.yaml');
    const name = (id: string) => design.parts.find((p) => p.id === id)?.name;
    const groups = only(design, 'self-managed-node-group');
    expect(groups.map((g) => g.props.subnetIds.map(name))).toEqual([
      ['public-one', 'public-two'],
      ['private-one', 'private-three'],
    ]);
    expect(groups[0]!.props.extra).toBeUndefined();
  });

  it('draws the on-premises network of hybrid nodes outside the VPC, connected to it', () => {
    const design = designOf('43-hybrid-nodes.yaml');
    const [net] = only(design, 'on-prem-network');
    const [vpc] = only(design, 'vpc');
    expect(net!.parentId).toBeUndefined();
    expect(net!.props).toMatchObject({ remoteNodeCidrs: ['10.80.146.0/24'], credentialProvider: 'SSM' });
    expect(design.connections).toEqual([{ id: expect.any(String), from: net!.id, to: vpc!.id, label: '' }]);
    expect(net!.position.x + 200).toBeLessThan(vpc!.position.x);
  });

  it('keeps unmodelled fields in extra and leaves modelled ones out of it', () => {
    const design = designOf('05-advanced-nodegroups.yaml');
    const extras = only(design, 'self-managed-node-group').map((g) => g.props.extra ?? {});
    for (const extra of extras) {
      expect(extra).not.toHaveProperty('name');
      expect(extra).not.toHaveProperty('instanceType');
      expect(extra).not.toHaveProperty('desiredCapacity');
    }
    expect(extras.some((e) => Object.keys(e).length > 0)).toBe(true);
  });
});

describe('edits after import', () => {
  it('turning logging off and the support type back to EXTENDED removes those sections', () => {
    const text = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: c, region: us-east-1, version: "1.34"}
upgradePolicy: {supportType: STANDARD}
cloudWatch: {clusterLogging: {enableTypes: ["*"]}}
`;
    const design = importEksctlYaml(text).document.design;
    const [cluster] = only(design, 'cluster');
    expect(cluster!.props.logging).toHaveLength(5);
    cluster!.props.logging = [];
    cluster!.props.supportType = 'EXTENDED';
    const config = buildClusterConfig(design);
    expect(config.cloudWatch).toBeUndefined();
    expect(config.upgradePolicy).toBeUndefined();
    expect(config.metadata).toEqual({ name: 'c', region: 'us-east-1', version: '1.34' });
  });

  it('removing the on-premises network removes remoteNetworkConfig', () => {
    const design = designOf('43-hybrid-nodes.yaml');
    design.parts = design.parts.filter((p) => p.kind !== 'on-prem-network');
    design.connections = [];
    expect(buildClusterConfig(design).remoteNetworkConfig).toBeUndefined();
  });

  it('an add-on switched on is added to the list the file had', () => {
    const design = designOf('25-addons.yaml');
    const [cluster] = only(design, 'cluster');
    const before = buildClusterConfig(design).addons ?? [];
    cluster!.props.addons.cloudWatchObservability = true;
    const after = buildClusterConfig(design).addons ?? [];
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((a) => a.name)).toContain('amazon-cloudwatch-observability');
  });
});
