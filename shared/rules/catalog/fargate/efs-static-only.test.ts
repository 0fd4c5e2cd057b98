import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { efsStaticOnly as rule } from './efs-static-only.js';

const EFS = { storage: 'efs' as const, sizeGiB: 5, mountPath: '/shared' };

describe(rule.id, () => {
  it('flags an EFS volume (a dynamically provisioned claim) on a Fargate workload', () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.efsCsiDriver = true;
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'files' }] });
    const media = b.workload(fp, { namespace: 'files', volume: EFS });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [media.id, fp.id], params: { workload: media.name, profile: fp.name } },
    ]);
  });

  it('passes EFS on a node group and a Fargate workload without a volume', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { volume: EFS });
    b.workload(b.fargateProfile(cluster), {});
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
