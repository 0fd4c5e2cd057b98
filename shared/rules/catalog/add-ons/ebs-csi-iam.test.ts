import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { ebsCsiIam as rule } from './ebs-csi-iam.js';

describe(rule.id, () => {
  it('flags StatefulSets on EC2 in a cluster without the EBS CSI driver', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    const db = b.workload(nodeGroup, { workloadKind: 'StatefulSet' });
    const loose = b.workload(cluster, { workloadKind: 'StatefulSet' });
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'serverless' }] });
    b.workload(fp, { workloadKind: 'StatefulSet', namespace: 'serverless' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, db.id, loose.id], params: { cluster: cluster.name, workloads: `${db.name}, ${loose.name}` } },
    ]);
  });

  it('passes with the driver on, and the baseline without StatefulSets', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.ebsCsiDriver = true;
    b.workload(nodeGroup, { workloadKind: 'StatefulSet' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
