import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { vpcConfigQuotas as rule } from './vpc-config-quotas.js';

const list = (key: string, n: number, item: (i: number) => string) =>
  `  ${key}:\n` + Array.from({ length: n }, (_, i) => `    - ${item(i)}\n`).join('');
const sgs = (n: number) => list('controlPlaneSecurityGroupIDs', n, (i) => `sg-0a1b2c3d4e5f6000${i}`);
const cidrs = (n: number) => list('publicAccessCIDRs', n, (i) => `203.0.113.${i * 4}/30`);

describe(rule.id, () => {
  it('flags more than 5 control plane security groups and more than 40 public access CIDRs', () => {
    expect(
      runOnYaml(rule, 'vpc:\n' + sgs(6) + cidrs(41)).map((f) => [f.configPath, f.params?.['count'], f.params?.['limit']]),
    ).toEqual([
      ['vpc.controlPlaneSecurityGroupIDs', 6, 5],
      ['vpc.publicAccessCIDRs', 41, 40],
    ]);
  });

  // The quota table says 4 control plane security groups, the CreateCluster API reference "up to five": an error
  // must not refuse what the API documents, so five passes (the sixteenth pass of unseen configs).
  it('passes lists at the limit and the baseline', () => {
    expect(runOnYaml(rule, 'vpc:\n' + sgs(5) + cidrs(40))).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
