import { describe, expect, it } from 'vitest';
import { DesignIndex } from '../../../model/design-index.js';
import { baselineBuilder } from '../../test-support/builder.js';
import { iamControllers, iamWorkloads } from './iam-users.js';

describe('iam users', () => {
  it('lists the switched-on controllers that get a role, but not Karpenter or the CloudWatch agents', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    Object.assign(cluster.props.addons, { externalDns: true, cloudWatchObservability: true });
    const api = b.workload(nodeGroup, { usesAwsApis: true });
    const index = new DesignIndex(b.build());
    const c = index.get(cluster.id, 'cluster')!;
    expect(iamControllers(c)).toEqual(['AWS Load Balancer Controller', 'ExternalDNS', 'Cluster Autoscaler']);
    expect(iamWorkloads(index, c).map((w) => w.id)).toEqual([api.id]);
    c.props.addons.nodeAutoscaler = 'karpenter';
    expect(iamControllers(c)).toEqual(['AWS Load Balancer Controller', 'ExternalDNS']);
  });
});
