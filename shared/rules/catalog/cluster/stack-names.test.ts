import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { stackNames as rule } from './stack-names.js';

const HEAD = (name: string) =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: us-west-2\n  version: "1.35"\n`;
const stacks = (name: string, body: string) =>
  runRule(rule, importEksctlYaml(HEAD(name) + body).document.design).map((f) => [f.configPath, f.params?.['stack']]);

describe(rule.id, () => {
  it('flags a managed group named with "_" and a service account with ".", and leaves long names to cluster.eksctl-name-length', () => {
    const body =
      'iam:\n  withOIDC: true\n  serviceAccounts:\n    - metadata:\n        name: app.reader\n        namespace: apps\n      attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n' +
      '    - metadata:\n        name: capa-eks-control-plane-controller-manager\n        namespace: capa-eks-control-plane-system\n      attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n' +
      'managedNodeGroups:\n  - name: ng_workers\n';
    expect(stacks('ilya-abcdefg-test1-graviton', body)).toEqual([
      ['managedNodeGroups[0].name', 'eksctl-ilya-abcdefg-test1-graviton-nodegroup-ng_workers'],
      ['iam.serviceAccounts[0].metadata.name', 'eksctl-ilya-abcdefg-test1-graviton-addon-iamserviceaccount-apps-app.reader'],
    ]);
  });

  it('passes entries eksctl makes no stack for (attachRoleARN, roleARN) and short names', () => {
    const long = 'a'.repeat(60);
    const body =
      `iam:\n  withOIDC: true\n  serviceAccounts:\n    - metadata:\n        name: ${long}\n        namespace: kube-system\n      attachRoleARN: arn:aws:iam::111122223333:role/x\n` +
      `  podIdentityAssociations:\n    - namespace: kube-system\n      serviceAccountName: ${long}\n      roleARN: arn:aws:iam::111122223333:role/y\n` +
      'addons:\n  - name: eks-pod-identity-agent\nmanagedNodeGroups:\n  - name: ng-1\n';
    expect(stacks('demo', body)).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
