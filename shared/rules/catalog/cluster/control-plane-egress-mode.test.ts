import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { controlPlaneEgressMode as rule } from './control-plane-egress-mode.js';

describe(rule.id, () => {
  it('flags a mode EKS does not know, in any spelling but its own', () => {
    for (const value of ['customer_routed', 'CUSTOMER-ROUTED', 'PRIVATE'])
      expect(
        runOnYaml(rule, `vpc:\n  controlPlaneEgressMode: ${value}\n`).map((f) => [f.configPath, f.params?.['value']]),
      ).toEqual([['vpc.controlPlaneEgressMode', value]]);
  });

  it('passes the modes EKS documents, no mode, and the baseline', () => {
    for (const value of ['AWS_MANAGED', 'CUSTOMER_ROUTED', 'CUSTOMER_ISOLATED'])
      expect(runOnYaml(rule, `vpc:\n  controlPlaneEgressMode: ${value}\n`)).toEqual([]);
    expect(runOnYaml(rule, 'vpc:\n  cidr: 10.0.0.0/16\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
