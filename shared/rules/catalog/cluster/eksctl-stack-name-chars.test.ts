import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { eksctlStackNameChars as rule } from './eksctl-stack-name-chars.js';

describe(rule.id, () => {
  it('flags a managed node group name with "_", which EKS takes but a stack name does not', () => {
    const { b, nodeGroup } = baselineBuilder();
    nodeGroup.name = 'general_purpose';
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [nodeGroup.id],
        params: { cluster: 'demo-1', path: 'managedNodeGroups[0].name', name: 'eksctl-demo-1-nodegroup-general_purpose' },
        configPath: 'managedNodeGroups[0].name',
      },
    ]);
  });

  it('flags service accounts whose role stack would hold a "."', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, {
      controllerIdentity: 'irsa',
      extra: {
        iam: {
          serviceAccounts: [
            {
              metadata: { name: 'reports.writer', namespace: 'batch' },
              attachPolicyARNs: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'],
            },
            { metadata: { name: 'given.role', namespace: 'batch' }, attachRoleARN: 'arn:aws:iam::111122223333:role/x' },
          ],
        },
      },
    });
    expect(runRule(rule, b.build()).map((f) => f.params?.name)).toEqual([
      'eksctl-demo-1-addon-iamserviceaccount-batch-reports.writer',
    ]);
  });

  it('passes the baseline and names of letters, digits and hyphens', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
