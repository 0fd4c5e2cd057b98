import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { amiFamilyVersion as rule } from './ami-family-version.js';

describe(rule.id, () => {
  it('flags Ubuntu 24.04 on Kubernetes 1.30', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc(), { version: '1.30' }), { amiFamily: 'Ubuntu2404' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, amiFamily: 'Ubuntu2404', minVersion: '1.31', version: '1.30' } },
    ]);
  });

  it('passes Ubuntu 24.04 on 1.31 and AL2023 on any version', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.managedNodeGroup(b.cluster(vpc, { version: '1.31' }, 'a'), { amiFamily: 'Ubuntu2404' });
    b.managedNodeGroup(b.cluster(vpc, { version: '1.28' }, 'b'));
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
