import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { efsCsiDriver as rule } from './efs-csi-driver.js';

const EFS = { storage: 'efs' as const, sizeGiB: 5, mountPath: '/shared' };

describe(rule.id, () => {
  it('flags workloads with EFS volumes on EC2 in a cluster without the EFS CSI driver, Auto Mode included', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.extra = { autoModeConfig: { enabled: true } };
    const media = b.workload(nodeGroup, { workloadKind: 'Deployment', volume: EFS });
    const loose = b.workload(cluster, { workloadKind: 'StatefulSet', volume: EFS });
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: { ...EFS, storage: 'ebs' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, media.id, loose.id], params: { cluster: cluster.name, workloads: `${media.name}, ${loose.name}` } },
    ]);
  });

  it('passes with the driver on', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.efsCsiDriver = true;
    b.workload(nodeGroup, { volume: EFS });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
