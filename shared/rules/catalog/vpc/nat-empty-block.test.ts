import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { natEmptyBlock as rule } from './nat-empty-block.js';

const file = (nat: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: empty-nat
  region: us-west-2
  version: "1.35"
vpc:
${nat}`;

const run = (text: string) => runRule(rule, importEksctlYaml(text).document.design);

describe(rule.id, () => {
  it('flags an imported vpc.nat block without gateway', () => {
    const findings = run(file('  nat: {}\n'));
    expect(findings.map((f) => [f.configPath, f.params?.['cluster']])).toEqual([['vpc.nat', 'empty-nat']]);
  });

  it('passes a gateway, no nat block, and the baseline', () => {
    expect(run(file('  nat:\n    gateway: Single\n'))).toEqual([]);
    expect(run(file('  cidr: 10.0.0.0/16\n'))).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
