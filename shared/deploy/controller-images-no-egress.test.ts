/**
 * ecr.controller-images-no-egress names the controllers the bundle installs with Helm; it reads the design, the
 * bundle plans from the config. This holds the two together: a controller added to the bundle's plan without the
 * rule knowing its image fails here.
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../rules/test-support/builder.js';
import { CONTROLLER_IMAGES, controllerImagesNoEgress } from '../rules/catalog/ecr/controller-images.js';
import { planDeployment } from './plan.js';

function fullyPrivateWithEveryHelmController() {
  const b = new DesignBuilder();
  const vpc = b.vpc({ natGateway: 'Disable', internetGateway: false });
  for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) b.subnet(vpc, az, `10.0.${96 + i * 32}.0/19`, 'private');
  const cluster = b.cluster(vpc, {
    region: 'us-east-1',
    fullyPrivate: true,
    endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    addons: { awsLoadBalancerController: true, nodeAutoscaler: 'cluster-autoscaler', externalDns: true, metricsServer: true },
  });
  b.managedNodeGroup(cluster, { privateNetworking: true, instanceTypes: ['m7i.large'] });
  b.managedNodeGroup(cluster, { privateNetworking: true, instanceTypes: ['g6.xlarge'] });
  return b.build();
}

describe('ecr.controller-images-no-egress and the bundle', () => {
  it("names exactly the bundle's Helm installs, each with its chart's image registry", () => {
    const design = fullyPrivateWithEveryHelmController();
    const helm = planDeployment(design).plan.controllers.filter((c) => c.installedBy === 'helm');
    expect(helm.length).toBeGreaterThanOrEqual(4);
    const [finding] = runRule(controllerImagesNoEgress, design);
    expect(String(finding?.params?.['controllers']).split(', ').sort()).toEqual(helm.map((c) => c.title).sort());
    for (const c of helm) expect(Object.keys(CONTROLLER_IMAGES)).toContain(c.title);
  });
});
