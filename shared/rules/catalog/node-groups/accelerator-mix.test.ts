import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { acceleratorMix as rule } from './accelerator-mix.js';

describe(rule.id, () => {
  it('is an error for two accelerators in one group, a warning for accelerated with plain types', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const two = b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge', 'inf2.xlarge'] });
    const plain = b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge', 'm6i.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [two.id],
        params: { nodeGroup: two.name, mix: 'NVIDIA GPU + Inferentia/Trainium', instanceTypes: 'g5.xlarge, inf2.xlarge' },
      },
      {
        partIds: [plain.id],
        params: { nodeGroup: plain.name, mix: 'NVIDIA GPU + no accelerator', instanceTypes: 'g5.xlarge, m6i.xlarge' },
        severity: 'warning',
      },
    ]);
  });

  it('passes groups of one accelerator kind, and the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge', 'g6.xlarge', 'g6e.xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['inf2.xlarge', 'trn1.2xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'm7i.large', 'm6i.xlarg'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
