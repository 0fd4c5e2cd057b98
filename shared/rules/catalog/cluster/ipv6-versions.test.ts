import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6Versions as rule } from './ipv6-versions.js';

const cniVersion = (version: string, ipFamily: 'IPv4' | 'IPv6' = 'IPv6') => {
  const b = new DesignBuilder();
  b.cluster(undefined, { ipFamily, extra: { addons: [{ name: 'vpc-cni', version }] } });
  return runRule(rule, b.build());
};

describe(rule.id, () => {
  it.each(['v1.9.3-eksbuild.1', '1.9.0', 'v1.10.0-eksbuild.1'])('flags vpc-cni %s on IPv6 at its version', (version) => {
    const findings = cniVersion(version);
    expect(findings.map((f) => [f.configPath, f.params?.['value'], f.params?.['eksctl']])).toEqual([
      ['addons[0].version', version, 'vpc-cni version must be at least version 1.10.0 for IPv6'],
    ]);
  });

  it('flags Kubernetes older than 1.21 on IPv6', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { ipFamily: 'IPv6', version: '1.20' });
    expect(runRule(rule, b.build()).map((f) => [f.configPath, f.params?.['eksctl']])).toEqual([
      ['metadata.version', 'cluster version must be >= 1.21'],
    ]);
  });

  it('passes new, latest and unpinned vpc-cni, old versions on IPv4, and the baseline', () => {
    expect(cniVersion('v1.10.0')).toEqual([]);
    expect(cniVersion('v1.19.2-eksbuild.1')).toEqual([]);
    expect(cniVersion('latest')).toEqual([]);
    expect(cniVersion('1.9.0', 'IPv4')).toEqual([]);
    const b = new DesignBuilder();
    b.cluster(undefined, { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
