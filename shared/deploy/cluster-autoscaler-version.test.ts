/**
 * Cluster Autoscaler runs the release of the cluster's Kubernetes minor (AWS best practices: "cross-version
 * compatibility is not tested or supported"): the chart and the image tag of its Helm values follow the cluster's
 * version, and a version the app has no release for is said to be unsupported. This is why the catalog's
 * as.ca-version-match needs no rule.
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { CLUSTER_AUTOSCALER_RELEASES } from './chart-versions.js';
import { planDeployment } from './plan.js';

function clusterAutoscalerOn(version: string) {
  const b = new DesignBuilder();
  b.managedNodeGroup(b.cluster(b.vpc(), { version, addons: { nodeAutoscaler: 'cluster-autoscaler', podIdentityAgent: true } }), {
    minSize: 1,
    maxSize: 4,
  });
  return planDeployment(b.build()).plan.controllers.find((c) => c.id === 'cluster-autoscaler')!;
}

describe('Cluster Autoscaler version', () => {
  it.each(Object.keys(CLUSTER_AUTOSCALER_RELEASES))('runs the %s release on Kubernetes %s', (version) => {
    const ca = clusterAutoscalerOn(version);
    const tag = (ca.values as { image: { tag: string } }).image.tag;
    expect(tag).toMatch(new RegExp(`^v${version.replace('.', '\\.')}\\.\\d+$`));
    expect(ca.chart!.appVersion).toBe(tag);
    expect(ca.chart!.version).toBe(CLUSTER_AUTOSCALER_RELEASES[version]!.chart);
    expect(ca.unsupported).toBeUndefined();
  });

  it('says so when the app has no release for the cluster version', () => {
    const ca = clusterAutoscalerOn('1.36');
    expect(ca.unsupported?.en).toMatch(/does not support Kubernetes 1\.36/);
  });
});
