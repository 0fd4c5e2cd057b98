import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { natIpv6 as rule } from './nat-ipv6.js';

const file = (family: string, nat: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: v6
  region: us-west-2
  version: "1.35"
kubernetesNetworkConfig:
  ipFamily: ${family}
vpc:
${nat}`;

const run = (text: string) => runRule(rule, importEksctlYaml(text).document.design);

describe(rule.id, () => {
  it('flags an imported IPv6 file with vpc.nat (the design drops NAT for IPv6, the file keeps it)', () => {
    expect(run(file('IPv6', '  nat:\n    gateway: Disable\n')).map((f) => f.configPath)).toEqual(['vpc.nat']);
  });

  it('passes NAT on IPv4, IPv6 designs (the exporter writes no nat), and the baseline', () => {
    expect(run(file('IPv4', '  nat:\n    gateway: Single\n'))).toEqual([]);
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'HighlyAvailable' }), { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
