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

  it('passes one association per service account, the same name in two namespaces, and the baseline', () => {
    expect(runOnYaml(rule, AGENT + 'iam:\n  podIdentityAssociations:\n' + pia('apps', 'reader') + pia('jobs', 'reader'))).toEqual(
      [],
    );
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
