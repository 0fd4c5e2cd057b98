/** Design -> what to deploy after `eksctl create cluster`: the cluster's identity and its controllers. */
import { createdKubernetesVersion } from '../export/created-version.js';
import { buildClusterConfigDetailed } from '../export/cluster-config.js';
import type { ClusterConfig } from '../export/types.js';
import type { Design } from '../model/design.js';
import { DesignIndex } from '../model/design-index.js';
import { planControllers } from './controllers.js';
import { partsOutsideBundle } from './outside-parts.js';
import { reusesExistingVpc } from '../rules/facts/config-network.js';
import type { DeployPlan } from './types.js';

/**
 * The plan for one cluster of `design` (`clusterId` needed only with several clusters), consistent with the
 * ClusterConfig the export writes for it, which is returned too. Throws ExportError like the export.
 */
export function planDeployment(
  design: Design,
  clusterId?: string,
): { plan: DeployPlan; config: ClusterConfig; clusterId: string } {
  const built = buildClusterConfigDetailed(design, clusterId !== undefined ? { clusterId } : {});
  const { cluster } = built;
  // The charts and the runbook need the version the cluster gets, also where the file leaves it to eksctl.
  const config = {
    ...built.config,
    metadata: { ...built.config.metadata, version: createdKubernetesVersion(built.config.metadata.version) },
  };
  const index = new DesignIndex(design);
  const groups = [...(config.managedNodeGroups ?? []), ...(config.nodeGroups ?? [])];
  return {
    config,
    clusterId: cluster.id,
    plan: {
      designName: design.name,
      clusterName: config.metadata.name,
      region: config.metadata.region,
      kubernetesVersion: config.metadata.version,
      // eksctl turns public access off itself after creating a fully-private cluster (pkg/ctl/create/cluster.go):
      // "For subsequent operations, eksctl must be run from within the cluster's VPC".
      privateEndpointOnly: config.vpc?.clusterEndpoints?.publicAccess === false || config.privateCluster?.enabled === true,
      privateEndpointFromCreation:
        config.vpc?.clusterEndpoints?.publicAccess === false && config.privateCluster?.enabled !== true,
      createsVpc: !reusesExistingVpc(config),
      outsideBundle: partsOutsideBundle(index, cluster, config),
      hasNodeGroups: groups.some((ng) => (ng.desiredCapacity ?? ng.minSize ?? 1) > 0),
      controllers: planControllers(index, cluster, config),
    },
  };
}
