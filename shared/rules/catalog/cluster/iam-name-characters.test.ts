import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { iamNameCharacters as rule } from './iam-name-characters.js';

const POLICY = '{Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["s3:GetObject"], Resource: "*"}]}';

/** A config with `name` in every place a config writes an IAM name outright. */
function everyName(name: string): string {
  const n = JSON.stringify(name);
  return `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: names, region: us-east-1, version: "1.35"}
iam:
  withOIDC: true
  serviceAccounts:
    - {metadata: {name: a}, roleName: ${n}, attachPolicyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}
  podIdentityAssociations:
    - {namespace: team, serviceAccountName: app, roleName: ${n}, permissionPolicy: ${POLICY}, permissionPolicyName: ${n}}
addons:
  - name: eks-pod-identity-agent
  - name: aws-ebs-csi-driver
    podIdentityAssociations:
      - {serviceAccountName: ebs-csi-controller-sa, roleName: ${n}, permissionPolicy: ${POLICY}, permissionPolicyName: ${n}}
karpenter: {version: "1.6.3", defaultInstanceProfile: ${n}}
managedNodeGroups:
  - {name: ng, instanceType: m7i.large, iam: {instanceRoleName: ${n}}}
nodeGroups:
  - {name: self, instanceType: m7i.large, iam: {instanceRoleName: ${n}}}
`;
}

const run = (yaml: string) => runRule(rule, importEksctlYaml(yaml).document.design);

describe(rule.id, () => {
  // Found by the sixteenth pass of unseen configs: a roleName with a space got no error; eksctl puts it in the
  // role's stack as it is and IAM refuses it (CreateRole RoleName: [\w+=,.@-]+) after the control plane is made.
  it('flags every IAM name the config writes with a character IAM refuses, whatever field it is in', () => {
    const findings = run(everyName('team role'));
    expect(findings.map((f) => [f.configPath, f.params?.kind])).toEqual([
      ['managedNodeGroups[0].iam.instanceRoleName', 'IAM role'],
      ['nodeGroups[0].iam.instanceRoleName', 'IAM role'],
      ['iam.serviceAccounts[0].roleName', 'IAM role'],
      ['iam.podIdentityAssociations[0].roleName', 'IAM role'],
      ['iam.podIdentityAssociations[0].permissionPolicyName', 'IAM inline policy'],
      ['addons[1].podIdentityAssociations[0].roleName', 'IAM role'],
      ['addons[1].podIdentityAssociations[0].permissionPolicyName', 'IAM inline policy'],
      ['karpenter.defaultInstanceProfile', 'IAM instance profile'],
    ]);
    expect(findings[0]!.params?.problem).toBe(
      "Value 'team role' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
    // IAM gets the policy name after the association's stack name.
    expect(String(findings[4]!.params?.problem)).toContain(
      "Value 'eksctl-names-podidentityrole-team-app-team role' at 'policyName'",
    );
  });

  it('flags a role path written into the name and letters outside ASCII', () => {
    expect(run(everyName('/service-role/app'))).toHaveLength(8);
    expect(run(everyName('rôle'))).toHaveLength(8);
  });

  it("passes names of all the characters IAM takes, roles given by ARN, and eksctl's own names", () => {
    expect(run(everyName('Team_app+1=a,b.c@d-e'))).toEqual([]);
    const byArn = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: arns, region: us-east-1, version: "1.35"}
iam:
  withOIDC: true
  serviceAccounts:
    - {metadata: {name: a}, attachRoleARN: "arn:aws:iam::111122223333:role/path/app role"}
  podIdentityAssociations:
    - {namespace: team, serviceAccountName: app, roleARN: "arn:aws:iam::111122223333:role/team/app"}
addons:
  - name: eks-pod-identity-agent
`;
    expect(run(byArn)).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
