import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6CoreAddons as rule } from './ipv6-core-addons.js';

const IMPORTED_IPV6 = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: v6
  region: us-west-2
  version: "1.35"
kubernetesNetworkConfig:
  ipFamily: IPv6
`;

describe(rule.id, () => {
  it('flags an IPv6 cluster without CoreDNS', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { ipFamily: 'IPv6', addons: { coreDns: false } });
    b.cluster(undefined, { addons: { coreDns: false } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c.id], params: { cluster: 'demo-1', path: 'addons' }, configPath: 'addons' },
    ]);
  });

  it('flags an imported IPv6 file that lists no add-ons (it exports as it came)', () => {
    const { design } = importEksctlYaml(IMPORTED_IPV6).document;
    expect(runRule(rule, design).map((f) => f.configPath)).toEqual(['kubernetesNetworkConfig']);
  });

  it('passes IPv6 with CoreDNS, IPv6 on Auto Mode, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { ipFamily: 'IPv6' });
    b.cluster(undefined, { ipFamily: 'IPv6', addons: { coreDns: false }, extra: { autoModeConfig: { enabled: true } } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
