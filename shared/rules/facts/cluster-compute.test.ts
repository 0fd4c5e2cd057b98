import { describe, expect, it } from 'vitest';
import { DesignIndex } from '../../model/design-index.js';
import { baselineBuilder } from '../test-support/builder.js';
import { clusterCompute, computeTypes } from './cluster-compute.js';

describe('clusterCompute', () => {
  it('sorts node groups by OS and finds Fargate profiles and hybrid networks of the VPC', () => {
    const { b, vpc, cluster, nodeGroup } = baselineBuilder();
    const win = b.selfManagedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer' });
    const fp = b.fargateProfile(cluster);
    const onPrem = b.add('on-prem-network', { props: { hybridNodeCount: 2 } });
    b.add('on-prem-network', { props: { hybridNodeCount: 0 } });
    b.connect(onPrem, vpc);
    const index = new DesignIndex(b.build());
    const compute = clusterCompute(index, index.get(cluster.id, 'cluster')!);
    expect(compute.linuxNodeGroups.map((p) => p.id)).toEqual([nodeGroup.id]);
    expect(compute.windowsNodeGroups.map((p) => p.id)).toEqual([win.id]);
    expect(compute.fargateProfiles.map((p) => p.id)).toEqual([fp.id]);
    expect(compute.hybridNetworks.map((p) => p.id)).toEqual([onPrem.id]);
    expect(computeTypes(compute)).toEqual(['linux', 'windows', 'fargate', 'hybrid']);
  });

  it('reports no compute for an empty cluster', () => {
    const { b } = baselineBuilder();
    const lone = b.cluster(undefined);
    const index = new DesignIndex(b.build());
    expect(computeTypes(clusterCompute(index, index.get(lone.id, 'cluster')!))).toEqual([]);
  });
});
