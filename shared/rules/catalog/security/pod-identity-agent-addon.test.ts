import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { podIdentityAgentAddon as rule } from './pod-identity-agent-addon.js';

const pia = { namespace: 'backend', serviceAccountName: 's3-reader', roleARN: 'arn:aws:iam::111122223333:role/s3' };

describe(rule.id, () => {
  it('flags carried associations, addon associations and default associations without the agent addon', () => {
    const extra = {
      iam: { podIdentityAssociations: [pia] },
      addons: [{ name: 'vpc-cni', useDefaultPodIdentityAssociations: true }],
    };
    expect(findingsFor(rule, extra, { addons: { podIdentityAgent: false } })).toEqual([
      {
        partIds: ['cluster-1'],
        params: { cluster: 'demo-1', path: 'addons', what: 'iam.podIdentityAssociations, addon vpc-cni' },
        configPath: 'addons',
      },
    ]);
  });

  it('counts addonsConfig.autoApplyPodIdentityAssociations once, and only with addons', () => {
    const extra = { addonsConfig: { autoApplyPodIdentityAssociations: true } };
    expect(findingsFor(rule, extra, { addons: { podIdentityAgent: false } }).map((f) => f.params?.['what'])).toEqual([
      'addonsConfig.autoApplyPodIdentityAssociations',
    ]);
    const noAddons = { addons: { podIdentityAgent: false, vpcCni: false, coreDns: false, kubeProxy: false } };
    expect(findingsFor(rule, extra, noAddons)).toEqual([]);
  });

  it("passes with the agent, under Auto Mode, and leaves the design's own controllers to sec.pod-identity-agent", () => {
    expect(findingsFor(rule, { iam: { podIdentityAssociations: [pia] } }, { addons: { podIdentityAgent: true } })).toEqual([]);
    const auto = { autoModeConfig: { enabled: true }, iam: { podIdentityAssociations: [pia] } };
    expect(findingsFor(rule, auto, { addons: { podIdentityAgent: false } })).toEqual([]);
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.podIdentityAgent = false;
    expect(runRule(rule, b.build())).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
