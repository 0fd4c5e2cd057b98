import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { serviceLoadBalancerUndrawn as rule } from './service-load-balancer-undrawn.js';

function design(workload: Parameters<DesignBuilder['workload']>[1], withNlb = false) {
  const b = new DesignBuilder();
  const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
  const ng = b.managedNodeGroup(cluster);
  const w = b.workload(ng, workload);
  if (withNlb) b.connect(b.add('nlb', { props: { scheme: 'internet-facing', targetType: 'ip' } }), w);
  return { design: b.build(), w };
}

describe(rule.id, () => {
  it('flags a LoadBalancer Service with no NLB drawn in front of it (s15-cloudmap-three-namespaces)', () => {
    const { design: d, w } = design({ serviceType: 'LoadBalancer', port: 8080 });
    expect(runRule(rule, d)).toEqual([{ partIds: [w.id], params: { workload: w.name } }]);
  });

  it('passes a drawn NLB, other Service types, no port, and Jobs (which get no Service)', () => {
    expect(runRule(rule, design({ serviceType: 'LoadBalancer', port: 8080 }, true).design)).toEqual([]);
    expect(runRule(rule, design({ serviceType: 'NodePort', port: 8080 }).design)).toEqual([]);
    expect(runRule(rule, design({ serviceType: 'LoadBalancer', port: 0 }).design)).toEqual([]);
    expect(runRule(rule, design({ serviceType: 'LoadBalancer', port: 8080, workloadKind: 'Job' }).design)).toEqual([]);
  });
});
