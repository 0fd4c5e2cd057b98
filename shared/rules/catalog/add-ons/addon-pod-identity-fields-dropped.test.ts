import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { addonPodIdentityFieldsDropped as rule } from './addon-pod-identity-fields-dropped.js';

const ROLE = 'arn:aws:iam::111122223333:role/ebs-csi';
const addon = (pia: Record<string, unknown>) => ({
  name: 'aws-ebs-csi-driver',
  podIdentityAssociations: [{ serviceAccountName: 'ebs-csi-controller-sa', roleARN: ROLE, ...pia }],
});

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: an add-on association with a cross-account target role got no
  // finding; eksctl passes add-on associations to CreateAddon, which takes only the service account and role.
  it('flags targetRoleARN, a session policy and disableSessionTags on an add-on association', () => {
    const extra = {
      addons: [
        addon({ targetRoleARN: 'arn:aws:iam::444455556666:role/target' }),
        addon({ policy: '{"Version":"2012-10-17","Statement":[]}', disableSessionTags: true }),
        addon({ disableSessionTags: true }),
      ],
    };
    // The cluster's default add-ons come first in the exported list, so only the path within the add-on is compared.
    const within = (path = '') => path.replace(/^addons\[\d+\]\./, '');
    expect(findingsFor(rule, extra).map((f) => [within(f.configPath), f.params?.['field']])).toEqual([
      ['podIdentityAssociations[0].targetRoleARN', 'targetRoleARN'],
      ['podIdentityAssociations[0].policy', 'policy'],
      ['podIdentityAssociations[0].disableSessionTags', 'disableSessionTags'],
    ]);
  });

  it('passes add-on associations with a role only, these fields under iam.podIdentityAssociations, and the baseline', () => {
    const extra = {
      addons: [addon({ disableSessionTags: false })],
      iam: { podIdentityAssociations: [{ namespace: 'a', serviceAccountName: 'b', roleARN: ROLE, targetRoleARN: ROLE }] },
    };
    expect(findingsFor(rule, extra)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
