/** A hybrid design for the tests of this folder: a cluster in a VPC with an on-premises network connected to it. */
import { DesignBuilder } from './builder.js';
import type { PROPS_SCHEMAS } from '../../model/parts.js';
import type { z } from 'zod';

export function hybridDesign(
  opts: {
    cluster?: Partial<z.input<(typeof PROPS_SCHEMAS)['cluster']>>;
    network?: Partial<z.input<(typeof PROPS_SCHEMAS)['on-prem-network']>>;
    vpc?: Partial<z.input<(typeof PROPS_SCHEMAS)['vpc']>>;
    cloudNodes?: boolean;
    connected?: boolean;
  } = {},
) {
  const b = new DesignBuilder('hybrid');
  const vpc = b.vpc({ cidr: '10.0.0.0/16', ...opts.vpc });
  const cluster = b.cluster(vpc, {
    endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    ...opts.cluster,
  });
  const nodeGroup = opts.cloudNodes === false ? undefined : b.managedNodeGroup(cluster);
  const network = b.add('on-prem-network', {
    props: { remoteNodeCidrs: ['172.16.0.0/18'], remotePodCidrs: ['172.16.64.0/18'], ...opts.network },
  });
  if (opts.connected !== false) b.connect(network, vpc);
  return { b, vpc, cluster, nodeGroup, network };
}
