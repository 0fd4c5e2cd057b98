import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { computeCompatibility as rule } from './compute-compatibility.js';

describe(rule.id, () => {
  it('counts Karpenter as Linux EC2 capacity: a Fargate profile for its controller is not the only compute', () => {
    const b = new DesignBuilder();
    const addons = { podIdentityAgent: true, cloudWatchObservability: true, ebsCsiDriver: true } as const;
    const cluster = b.cluster(b.vpc(), { addons: { ...addons, nodeAutoscaler: 'karpenter' } });
    b.fargateProfile(cluster, { selectors: [{ namespace: 'karpenter' }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('flags node add-ons on a Fargate-only cluster', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { podIdentityAgent: true, cloudWatchObservability: true } });
    const fp = b.fargateProfile(cluster);
    const params = (addon: string) => ({ addon, cluster: cluster.name, compute: 'Fargate' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, fp.id], params: params('EKS Pod Identity Agent') },
      { partIds: [cluster.id, fp.id], params: params('Amazon CloudWatch Observability') },
    ]);
  });

  it('flags the Pod Identity Agent on Windows-only nodes and EBS CSI on hybrid-only nodes', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const win = b.cluster(vpc, { addons: { podIdentityAgent: true, ebsCsiDriver: true } });
    const ng = b.managedNodeGroup(win, { amiFamily: 'WindowsServer2019CoreContainer' });
    const hybridVpc = b.vpc();
    const hybrid = b.cluster(hybridVpc, { addons: { ebsCsiDriver: true, podIdentityAgent: true } });
    const onPrem = b.add('on-prem-network');
    b.connect(onPrem, hybridVpc);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [win.id, ng.id], params: { addon: 'EKS Pod Identity Agent', cluster: win.name, compute: 'Windows EC2' } },
      {
        partIds: [hybrid.id, onPrem.id],
        params: { addon: 'Amazon EBS CSI driver', cluster: hybrid.name, compute: 'Hybrid Nodes' },
      },
    ]);
  });

  it('passes mixed clusters with Linux nodes, empty clusters and the baseline', () => {
    const { b, cluster } = baselineBuilder();
    Object.assign(cluster.props.addons, { cloudWatchObservability: true, ebsCsiDriver: true });
    b.fargateProfile(cluster);
    b.cluster(undefined, { addons: { podIdentityAgent: true } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
