import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { ngSubnetUnknown as rule } from './ng-subnet-unknown.js';

const VPC =
  'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    private:\n      app-a: { id: subnet-0123456789abcdef0 }\n      us-west-2b: { id: subnet-0123456789abcdef1 }\n' +
  '    public:\n      edge-a: { id: subnet-0a1b2c3d }\n';
const at = (groups: string) =>
  runOnYaml(rule, VPC + groups).map((f) => [f.configPath, f.params?.['subnet'], f.params?.['known']]);

describe(rule.id, () => {
  it('flags a subnet entry that is neither a configured subnet nor a subnet id, in managed and self-managed groups', () => {
    expect(
      at(
        'managedNodeGroups:\n  - name: m\n    privateNetworking: true\n    subnets: [app-a, app-c]\n' +
          'nodeGroups:\n  - name: s\n    subnets: [edge_a, subnet-xyz]\n',
      ),
    ).toEqual([
      ['managedNodeGroups[0].subnets[1]', 'app-c', 'edge-a, app-a, us-west-2b'],
      ['nodeGroups[0].subnets[0]', 'edge_a', 'edge-a, app-a, us-west-2b'],
      ['nodeGroups[0].subnets[1]', 'subnet-xyz', 'edge-a, app-a, us-west-2b'],
    ]);
  });

  it('passes configured names, AZ keys, configured ids and well-formed ids it cannot see', () => {
    expect(
      at(
        'managedNodeGroups:\n  - name: m\n    privateNetworking: true\n    subnets: [app-a, us-west-2b, subnet-0123456789abcdef0]\n' +
          'nodeGroups:\n  - name: s\n    subnets: [subnet-0a1b2c3d, subnet-0fedcba9876543210]\n',
      ),
    ).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
