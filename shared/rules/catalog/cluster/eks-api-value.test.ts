import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { eksApiValue as rule } from './eks-api-value.js';

const fields = (egress: string, tier: string, scoring: string) =>
  `vpc:\n  controlPlaneEgressMode: ${egress}\ncontrolPlaneScalingConfig:\n  tier: ${tier}\n` +
  `kubeSchedulerConfig:\n  nodeResourcesFit:\n    scoringStrategy:\n      type: ${scoring}\n`;

describe(rule.id, () => {
  it('flags values EKS does not know, in any spelling but its own', () => {
    expect(
      runOnYaml(rule, fields('customer_routed', 'xl', 'mostAllocated')).map((f) => [f.configPath, f.params?.['value']]),
    ).toEqual([
      ['vpc.controlPlaneEgressMode', 'customer_routed'],
      ['controlPlaneScalingConfig.tier', 'xl'],
      ['kubeSchedulerConfig.nodeResourcesFit.scoringStrategy.type', 'mostAllocated'],
    ]);
  });

  // Found by the sixth pass of unseen configs: eksctl compares authenticationMode only with CONFIG_MAP and
  // writes it into AWS::EKS::Cluster as it is.
  it('flags an authentication mode in another spelling, and passes the three EKS has', () => {
    expect(runOnYaml(rule, 'accessConfig:\n  authenticationMode: api\n').map((f) => [f.configPath, f.params?.['value']])).toEqual(
      [['accessConfig.authenticationMode', 'api']],
    );
    for (const mode of ['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP'])
      expect(runOnYaml(rule, `accessConfig:\n  authenticationMode: ${mode}\n`)).toEqual([]);
  });

  it('passes the values EKS documents, absent fields, and the baseline', () => {
    expect(runOnYaml(rule, fields('CUSTOMER_ROUTED', 'tier-2xl', 'MostAllocated'))).toEqual([]);
    expect(runOnYaml(rule, fields('AWS_MANAGED', 'standard', 'LeastAllocated'))).toEqual([]);
    expect(runOnYaml(rule, 'vpc:\n  cidr: 10.0.0.0/16\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
