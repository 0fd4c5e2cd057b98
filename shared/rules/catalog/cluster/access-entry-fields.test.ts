import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { accessEntryFields as rule } from './access-entry-fields.js';

const role = (n: string) => `arn:aws:iam::111122223333:role/${n}`;
const view = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy';

describe(rule.id, () => {
  it("flags each kind of invalid access entry in eksctl's words", () => {
    const accessEntries = [
      { principalARN: role('a'), type: 'EC2_LINUX', kubernetesGroups: ['ops'] },
      {
        principalARN: role('b'),
        accessPolicies: [{ policyARN: 'arn:aws:iam::aws:policy/ReadOnlyAccess', accessScope: { type: 'cluster' } }],
      },
      { principalARN: role('c'), accessPolicies: [{ policyARN: view, accessScope: { type: 'namespace' } }] },
      { principalARN: role('d'), accessPolicies: [{ policyARN: view, accessScope: { type: 'cluster', namespaces: ['a'] } }] },
      { principalARN: role('e'), type: 'FARGATE_LINUX', accessPolicies: [{ policyARN: view, accessScope: { type: 'cluster' } }] },
      { principalARN: role('f') },
      { principalARN: role('f') },
    ];
    expect(problemsFor(rule, { accessConfig: { accessEntries } }).map(([, p]) => p)).toEqual([
      'cannot specify accessEntries[0].kubernetesGroups nor accessEntries[0].kubernetesUsername when type is set to EC2_LINUX',
      'accessEntries[1].policyARN must be a cluster-access-policy resource',
      'at least one namespace must be specified when accessScope is set to namespace: (accessEntries[2])',
      'cannot specify accessEntries[3].accessScope.namespaces when accessScope is set to cluster',
      'cannot specify accessEntries[4].accessPolicies when type is set to FARGATE_LINUX',
      'duplicate access entry accessEntries[6] with principal ARN "arn:aws:iam::111122223333:role/f"',
    ]);
  });

  // Found by the sixth pass of unseen configs: EKS's CreateAccessEntry refuses a role session ARN (what
  // `aws sts get-caller-identity` prints) with "The principalArn parameter format is not valid".
  it('flags a principal that is no IAM role or user: an assumed-role session or a group', () => {
    const accessEntries = [
      { principalARN: 'arn:aws:sts::111122223333:assumed-role/Admin/jane' },
      { principalARN: 'arn:aws:iam::111122223333:group/admins' },
      { principalARN: 'arn:aws:iam::111122223333:user/ci' },
      { principalARN: 'arn:aws-us-gov:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123' },
    ];
    expect(problemsFor(rule, { accessConfig: { accessEntries } }).map(([, p]) => p)).toEqual([
      'EKS: the principalArn of accessEntries[0] must be an IAM role or user ARN (arn:aws:iam::<account>:role/<name>), not "arn:aws:sts::111122223333:assumed-role/Admin/jane"',
      'EKS: the principalArn of accessEntries[1] must be an IAM role or user ARN (arn:aws:iam::<account>:role/<name>), not "arn:aws:iam::111122223333:group/admins"',
    ]);
  });

  // Found by the seventh pass of unseen configs: an entry copied from aws-auth with the group system:masters got
  // no error, though CreateAccessEntry refuses it ("The kubernetes group name system:masters is invalid, it cannot
  // start with system:"); EKS reserves username prefixes the same way (set-custom-username.html).
  it('flags groups starting with system: and usernames with a prefix EKS reserves', () => {
    const accessEntries = [
      { principalARN: role('a'), kubernetesGroups: ['ops', 'system:masters'] },
      { principalARN: role('b'), kubernetesUsername: 'eks:admin' },
      { principalARN: role('c'), kubernetesGroups: ['masters-system:'], kubernetesUsername: 'ci:{{SessionName}}' },
    ];
    expect(problemsFor(rule, { accessConfig: { accessEntries } }).map(([, p]) => p)).toEqual([
      'EKS: The kubernetes group name system:masters is invalid, it cannot start with system:',
      `EKS: the username "eks:admin" can't start with system:, eks:, aws:, amazon:, or iam:`,
    ]);
  });

  // Found by the eighth pass of unseen configs: AmazonEKSClusterAdmin (without Policy) and an access policy ARN with
  // an account id passed; EKS refuses to associate them, failing the cluster stack.
  it('flags access policy ARNs that name no EKS access policy', () => {
    const entry = (n: string, policyARN: string) => ({
      principalARN: role(n),
      accessPolicies: [{ policyARN, accessScope: { type: 'cluster' } }],
    });
    const accessEntries = [
      entry('a', 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdmin'),
      entry('b', 'arn:aws:eks::111122223333:cluster-access-policy/AmazonEKSViewPolicy'),
      entry('c', 'arn:aws:eks::aws:cluster-access-policy/AmazonAIOpsAssistantPolicy'),
      entry('d', 'arn:aws-cn:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy'),
    ];
    expect(problemsFor(rule, { accessConfig: { accessEntries } }).map(([, p]) => p)).toEqual([
      'EKS: accessEntries[0].policyARN "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdmin" names no access policy (arn:aws:eks::aws:cluster-access-policy/<name>, names ending in Policy)',
      'EKS: accessEntries[1].policyARN "arn:aws:eks::111122223333:cluster-access-policy/AmazonEKSViewPolicy" names no access policy (arn:aws:eks::aws:cluster-access-policy/<name>, names ending in Policy)',
    ]);
  });

  it("passes eksctl's documented entries and the baseline", () => {
    const accessEntries = [
      {
        principalARN: role('admin'),
        kubernetesGroups: ['ops'],
        accessPolicies: [{ policyARN: view, accessScope: { type: 'namespace', namespaces: ['a'] } }],
      },
      { principalARN: role('nodes'), type: 'EC2_LINUX' },
      { principalARN: role('std'), type: 'STANDARD', kubernetesUsername: 'std' },
    ];
    expect(problemsFor(rule, { accessConfig: { accessEntries } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
