import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { ngZonesEksctlPicks as rule } from './ng-zones-eksctl-picks.js';

const config = (region: string, body: string) =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: ${region}\n  version: "1.35"\n${body}`;
const run = (region: string, body: string) => runRule(rule, importEksctlYaml(config(region, body)).document.design);

describe(rule.id, () => {
  it('warns about zones eksctl may not pick, and is an error when a group names more zones than eksctl picks', () => {
    const body =
      'managedNodeGroups:\n  - name: a\n    availabilityZones: [us-east-1a]\n' +
      'nodeGroups:\n  - name: b\n    availabilityZones: [us-east-1a, us-east-1b, us-east-1c]\n';
    expect(
      run('us-east-1', body).map((f) => [
        f.configPath,
        f.severity,
        f.params?.['zones'],
        f.params?.['picks'],
        f.params?.['count'],
      ]),
    ).toEqual([
      ['managedNodeGroups[0].availabilityZones', undefined, 'us-east-1a', 2, 5],
      ['nodeGroups[0].availabilityZones', 'error', 'us-east-1a, us-east-1b, us-east-1c', 2, 5],
    ]);
    expect(run('us-west-2', 'managedNodeGroups:\n  - name: a\n    availabilityZones: [us-west-2d]\n')).toHaveLength(1);
  });

  it('passes regions where eksctl takes every zone, configs that name zones or subnets, and groups without zones', () => {
    expect(run('eu-west-1', 'managedNodeGroups:\n  - name: a\n    availabilityZones: [eu-west-1a]\n')).toEqual([]);
    const named =
      'availabilityZones: [us-east-1a, us-east-1b]\nmanagedNodeGroups:\n  - name: a\n    availabilityZones: [us-east-1a]\n';
    expect(run('us-east-1', named)).toEqual([]);
    const existing =
      'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    public:\n      us-east-1a: { id: subnet-0123456789abcdef0 }\n      us-east-1b: { id: subnet-0123456789abcdef1 }\n' +
      'managedNodeGroups:\n  - name: a\n    availabilityZones: [us-east-1a]\n';
    expect(run('us-east-1', existing)).toEqual([]);
    expect(run('us-east-1', 'managedNodeGroups:\n  - name: a\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
