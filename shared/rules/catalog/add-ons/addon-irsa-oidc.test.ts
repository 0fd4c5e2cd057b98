import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { addonIrsaOidc as rule } from './addon-irsa-oidc.js';

describe(rule.id, () => {
  it('warns about an addon with IRSA settings while OIDC is off', () => {
    const extra = { addons: [{ name: 'aws-efs-csi-driver', wellKnownPolicies: { efsCSIController: true } }] };
    expect(findingsFor(rule, extra)).toEqual([
      {
        partIds: ['cluster-1'],
        params: { cluster: 'demo-1', path: 'addons[3]', addon: 'aws-efs-csi-driver' },
        configPath: 'addons[3]',
      },
    ]);
  });

  it("passes with withOIDC true, the exporter's IRSA add-on, and the baseline", () => {
    const addons = [{ name: 'aws-efs-csi-driver', serviceAccountRoleARN: 'arn:aws:iam::111122223333:role/efs' }];
    expect(findingsFor(rule, { iam: { withOIDC: true }, addons })).toEqual([]);
    expect(findingsFor(rule, {}, { controllerIdentity: 'irsa', addons: { ebsCsiDriver: true } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
