import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { endpointSg as rule } from './endpoint-sg.js';

const PRIVATE = 'privateCluster:\n  enabled: true\n';
const selfManaged = (securityGroups: string) =>
  'nodeGroups:\n  - name: batch\n    instanceType: c7i.large\n    privateNetworking: true\n' +
  `    securityGroups:\n${securityGroups}`;
const found = (body: string) => runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['nodeGroup']]);

describe(rule.id, () => {
  it('flags a self-managed group of a fully-private cluster that leaves the shared node security group', () => {
    expect(found(PRIVATE + selfManaged('      withShared: false\n'))).toEqual([
      ['nodeGroups[0].securityGroups.withShared', 'batch'],
    ]);
    // Without its local group too, the nodes are in no group the endpoints admit.
    expect(found(PRIVATE + selfManaged('      withShared: false\n      withLocal: false\n'))).toHaveLength(1);
  });

  it('passes the shared group, attached groups, endpoints eksctl does not create and a shared group of your own', () => {
    expect(found(PRIVATE + selfManaged('      withShared: true\n'))).toEqual([]);
    expect(found(PRIVATE + selfManaged('      withShared: false\n      attachIDs: [sg-0123456789abcdef0]\n'))).toEqual([]);
    expect(
      found('privateCluster:\n  enabled: true\n  skipEndpointCreation: true\n' + selfManaged('      withShared: false\n')),
    ).toEqual([]);
    expect(
      found(
        PRIVATE +
          'vpc:\n  sharedNodeSecurityGroup: sg-0123456789abcdef1\n  manageSharedNodeSecurityGroupRules: false\n' +
          selfManaged('      withShared: false\n'),
      ),
    ).toEqual([]);
  });

  it('passes a cluster that is not fully private (nodes reach ECR through NAT) and the baseline', () => {
    expect(found(selfManaged('      withShared: false\n'))).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
