import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { chooseCluster, exportFileName } from './cluster-choice.js';

/** Two clusters in one VPC, a third alone in its own VPC, with a node group, workload and subnet each. */
function threeClusters() {
  const b = new DesignBuilder();
  const shared = b.vpc();
  const blue = b.cluster(shared, {}, 'blue');
  const green = b.cluster(shared, {}, 'green');
  const subnet = b.subnet(shared, 'us-east-1a', '10.0.0.0/20', 'private');
  const own = b.vpc();
  const red = b.cluster(own, {}, 'red');
  const ownSubnet = b.subnet(own, 'us-east-1a', '10.1.0.0/20', 'private');
  const greenNodes = b.managedNodeGroup(green);
  const app = b.workload(greenNodes);
  return { design: b.build(), shared, own, blue, green, red, subnet, ownSubnet, greenNodes, app };
}

describe('chooseCluster', () => {
  it('takes the only cluster whatever is selected, and none when there is none', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const only = b.cluster(vpc);
    expect(chooseCluster(b.build(), []).clusterId).toBe(only.id);
    expect(chooseCluster(b.build(), [vpc.id]).clusterId).toBe(only.id);
    const empty = new DesignBuilder();
    empty.vpc();
    expect(chooseCluster(empty.build(), [])).toEqual({ clusters: [], clusterId: undefined });
  });

  it('with several clusters, takes the selected cluster or the one around the selected part', () => {
    const d = threeClusters();
    expect(chooseCluster(d.design, [d.blue.id]).clusterId).toBe(d.blue.id);
    expect(chooseCluster(d.design, [d.app.id]).clusterId).toBe(d.green.id);
    expect(chooseCluster(d.design, [d.greenNodes.id, d.app.id, d.green.id]).clusterId).toBe(d.green.id);
    expect(chooseCluster(d.design, [d.blue.id]).clusters.map((c) => c.name)).toEqual(['blue', 'green', 'red']);
  });

  it("takes a VPC's only cluster for a part outside every cluster", () => {
    const d = threeClusters();
    expect(chooseCluster(d.design, [d.ownSubnet.id]).clusterId).toBe(d.red.id);
    expect(chooseCluster(d.design, [d.own.id]).clusterId).toBe(d.red.id);
  });

  it('cannot tell with no selection, parts of two clusters, or a VPC holding two clusters', () => {
    const d = threeClusters();
    expect(chooseCluster(d.design, []).clusterId).toBeUndefined();
    expect(chooseCluster(d.design, ['no-such-part']).clusterId).toBeUndefined();
    expect(chooseCluster(d.design, [d.blue.id, d.app.id]).clusterId).toBeUndefined();
    expect(chooseCluster(d.design, [d.subnet.id]).clusterId).toBeUndefined();
    expect(chooseCluster(d.design, [d.shared.id]).clusterId).toBeUndefined();
  });
});

describe('exportFileName', () => {
  it('is cluster.yaml for the only cluster and the cluster name when there are several', () => {
    const d = threeClusters();
    expect(exportFileName(chooseCluster(d.design, []), d.green.id)).toBe('green.yaml');
    const b = new DesignBuilder();
    const only = b.cluster(b.vpc(), {}, 'prod');
    expect(exportFileName(chooseCluster(b.build(), []), only.id)).toBe('cluster.yaml');
  });
});
