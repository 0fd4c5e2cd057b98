import { describe, expect, it } from 'vitest';
import { runRule } from '../../test-support/builder.js';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { remoteNetworkConfig as rule } from './remote-network-config.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags IRA without a CA bundle, as the design exports it, and SSM with one', () => {
    const { b, cluster } = hybridDesign({ network: { credentialProvider: 'IRA' } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id],
        params: {
          cluster: cluster.name,
          path: 'remoteNetworkConfig.iam.caBundleCert',
          problem: 'remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider',
        },
        configPath: 'remoteNetworkConfig.iam.caBundleCert',
      },
    ]);
    const ssm = hybridDesign();
    Object.assign(ssm.cluster.props, { extra: { remoteNetworkConfig: { iam: { caBundleCert: 'pem' } } } });
    expect(runRule(rule, ssm.b.build()).map((f) => f.params?.['problem'])).toEqual([
      'remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider',
    ]);
  });

  it('flags carried settings without a remote node network, and too many networks', () => {
    expect(
      problemsFor(rule, { remoteNetworkConfig: { iam: { provider: 'ssm', roleARN: 'arn:aws:iam::111122223333:role/h' } } }),
    ).toEqual([['remoteNetworkConfig.remoteNodeNetworks', 'remoteNetworkConfig.remoteNodeNetworks must be set and non-empty']]);
    const two = { remoteNodeNetworks: [{ cidrs: ['10.80.0.0/24'] }, { cidrs: ['10.81.0.0/24'] }] };
    expect(problemsFor(rule, { remoteNetworkConfig: two })).toEqual([
      [
        'remoteNetworkConfig.remoteNodeNetworks',
        'only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks',
      ],
    ]);
  });

  it('passes a hybrid design with SSM, IRA with a CA bundle, both lists empty, and the baseline', () => {
    expect(runRule(rule, hybridDesign().b.build())).toEqual([]);
    const ira = hybridDesign({ network: { credentialProvider: 'IRA' } });
    Object.assign(ira.cluster.props, { extra: { remoteNetworkConfig: { iam: { caBundleCert: 'pem' } } } });
    expect(runRule(rule, ira.b.build())).toEqual([]);
    expect(problemsFor(rule, { remoteNetworkConfig: { remoteNodeNetworks: [], remotePodNetworks: [] } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
