import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { instanceTypeUnknown as rule } from './instance-type-unknown.js';

describe(rule.id, () => {
  // Regression (issue 12): only 23 types were known, so a typo was clean.
  it('flags a typo with the closest real type, at its config path', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.xlarg'] });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: {
          cluster: 'demo-1',
          path: 'managedNodeGroups[0].instanceType',
          nodeGroup: ng.name,
          instanceType: 'm6i.xlarg',
          suggestions: expect.stringMatching(/^m6i\.xlarge\b/),
        },
        configPath: 'managedNodeGroups[0].instanceType',
      },
    ]);
  });

  it('checks every listed type of managed and self-managed groups (instancesDistribution too)', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'c7i.larg'] });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['m5.large', 'r6i.largee'], capacityType: 'SPOT' });
    const paths = runRule(rule, b.build()).map((f) => f.configPath);
    expect(paths).toEqual(['managedNodeGroups[0].instanceTypes[1]', 'nodeGroups[0].instancesDistribution.instanceTypes[1]']);
  });

  it('knows every catalog type (not only the former 23) and leaves p2 to ng.p2-unsupported', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['c7gn.16xlarge', 'x2iedn.xlarge', 'p5.48xlarge', 'trn1.2xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['p2.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('leaves Mac types, even mistyped ones, to ng.mac-unsupported', () => {
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['mac2.metl', 'mac2-m2.metal'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  // Regression (issue 12, adversarial fixtures): trn2.48xlarge, hpc7a.48xlarge and p5e.48xlarge are real EC2
  // types that the us-east-1-priced catalog lacks; a family the catalog has never seen cannot be called a typo.
  it('leaves real types of families missing from the catalog alone, but still flags impossible sizes', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['trn2.48xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['p5e.48xlarge', 'p5en.48xlarge'] });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['hpc7a.96xlarge'] });
    expect(runRule(rule, b.build())).toEqual([]);
    const c = new DesignBuilder();
    const cl = c.cluster(c.vpc());
    c.managedNodeGroup(cl, { instanceTypes: ['trn2.48xlarg'] });
    c.managedNodeGroup(cl, { instanceTypes: ['m7i large'] });
    c.managedNodeGroup(cl, { instanceTypes: ['m7i.3xlarge'] });
    expect(runRule(rule, c.build()).map((f) => f.params?.['instanceType'])).toEqual(['trn2.48xlarg', 'm7i large', 'm7i.3xlarge']);
  });
});
