import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { autoModeCoreAddons as rule } from './auto-mode-core-addons.js';

const auto = { autoModeConfig: { enabled: true } };

describe(rule.id, () => {
  it('flags vpc-cni, coredns and kube-proxy listed on an Auto Mode cluster', () => {
    expect(findingsFor(rule, auto)).toEqual([
      {
        partIds: ['cluster-1'],
        params: { cluster: 'demo-1', path: 'addons[0]', addons: 'vpc-cni, coredns, kube-proxy' },
        configPath: 'addons[0]',
      },
    ]);
  });

  it('passes Auto Mode without core addons, or with Fargate or hybrid nodes, and the baseline', () => {
    const none = { addons: { vpcCni: false, coreDns: false, kubeProxy: false, metricsServer: true } };
    expect(findingsFor(rule, auto, none)).toEqual([]);
    expect(findingsFor(rule, { ...auto, fargateProfiles: [{ name: 'fp', selectors: [{ namespace: 'a' }] }] })).toEqual([]);
    expect(findingsFor(rule, { ...auto, remoteNetworkConfig: { iam: { caBundleCert: 'x' } } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
