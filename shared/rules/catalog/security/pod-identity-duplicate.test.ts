import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { podIdentityDuplicate as rule } from './pod-identity-duplicate.js';

const pia = (ns: string, sa: string) =>
  `    - {namespace: ${ns}, serviceAccountName: ${sa}, permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]}\n`;
const AGENT = 'addons:\n  - name: eks-pod-identity-agent\n';

describe(rule.id, () => {
  it('flags two associations for one service account, under iam or an add-on', () => {
    const twice = runOnYaml(rule, AGENT + 'iam:\n  podIdentityAssociations:\n' + pia('apps', 'reader') + pia('apps', 'reader'));
    expect(twice.map((f) => [f.configPath, f.params?.['serviceAccount'], f.params?.['paths']])).toEqual([
      ['iam.podIdentityAssociations[1]', 'apps/reader', 'iam.podIdentityAssociations[0], iam.podIdentityAssociations[1]'],
    ]);
    const withAddon = runOnYaml(
      rule,
      AGENT +
        '  - name: aws-ebs-csi-driver\n    podIdentityAssociations:\n' +
        pia('kube-system', 'ebs-csi-controller-sa').replace('    -', '      -') +
        'iam:\n  podIdentityAssociations:\n' +
        pia('kube-system', 'ebs-csi-controller-sa'),
    );
    expect(withAddon.map((f) => f.params?.['count'])).toEqual([2]);
  });

  it("counts the association eksctl creates for an add-on's defaults, not when the add-on has a role of its own", () => {
    const iamEbs = 'iam:\n  podIdentityAssociations:\n' + pia('kube-system', 'ebs-csi-controller-sa');
    const useDefault = runOnYaml(
      rule,
      AGENT + '  - name: aws-ebs-csi-driver\n    useDefaultPodIdentityAssociations: true\n' + iamEbs,
    );
    expect(useDefault.map((f) => f.params?.['paths'])).toEqual([
      'iam.podIdentityAssociations[0], addons[1].useDefaultPodIdentityAssociations',
    ]);
    const autoApply = runOnYaml(
      rule,
      AGENT + '  - name: aws-ebs-csi-driver\naddonsConfig:\n  autoApplyPodIdentityAssociations: true\n' + iamEbs,
    );
    expect(autoApply.map((f) => f.configPath)).toEqual(['addonsConfig.autoApplyPodIdentityAssociations']);
    // An IRSA role on the add-on comes first in eksctl: no default association then.
    const irsa = AGENT + '  - name: aws-ebs-csi-driver\n    serviceAccountRoleARN: arn:aws:iam::111122223333:role/ebs\n';
    expect(runOnYaml(rule, irsa + 'addonsConfig:\n  autoApplyPodIdentityAssociations: true\n' + iamEbs)).toEqual([]);
    // Defaults of another add-on's service account do not collide.
    expect(
      runOnYaml(rule, AGENT + '  - name: aws-efs-csi-driver\n    useDefaultPodIdentityAssociations: true\n' + iamEbs),
    ).toEqual([]);
  });

  it('counts the default add-ons eksctl creates unlisted under autoApplyPodIdentityAssociations (vpc-cni: aws-node)', () => {
    const iamCni = 'iam:\n  podIdentityAssociations:\n' + pia('kube-system', 'aws-node');
    const autoApply = 'addonsConfig:\n  autoApplyPodIdentityAssociations: true\n';
    expect(runOnYaml(rule, AGENT + autoApply + iamCni).map((f) => f.params?.['paths'])).toEqual([
      'iam.podIdentityAssociations[0], addonsConfig.autoApplyPodIdentityAssociations',
    ]);
    // Not when eksctl creates no default add-ons, in Auto Mode (vpc-cni is not one of its defaults), or when vpc-cni
    // is listed with an association of its own (that one is counted where it is written).
    const noDefaults = 'addonsConfig:\n  autoApplyPodIdentityAssociations: true\n  disableDefaultAddons: true\n';
    expect(runOnYaml(rule, AGENT + noDefaults + iamCni)).toEqual([]);
    expect(runOnYaml(rule, AGENT + autoApply + 'autoModeConfig:\n  enabled: true\n' + iamCni)).toEqual([]);
    expect(
      runOnYaml(
        rule,
        AGENT + '  - name: VPC-CNI\n    podIdentityAssociations:\n' + '  ' + pia('kube-system', 'cni-x') + autoApply + iamCni,
      ),
    ).toEqual([]);
  });

  it('passes one association per service account, the same name in two namespaces, and the baseline', () => {
    expect(runOnYaml(rule, AGENT + 'iam:\n  podIdentityAssociations:\n' + pia('apps', 'reader') + pia('jobs', 'reader'))).toEqual(
      [],
    );
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
