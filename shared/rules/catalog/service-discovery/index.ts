import type { Rule } from '../../types.js';
import { cloudmapNeedsController } from './cloudmap-needs-controller.js';
import { cloudmapPrivateDnsVpc } from './cloudmap-private-dns-vpc.js';
import { corednsReplicas } from './coredns-replicas.js';
import { corednsNoNode } from './coredns-no-node.js';

// sd.cloudmap-iam is not a rule: the exporter attaches the Cloud Map policy to ExternalDNS's role whenever
// a workload registers in Cloud Map (shared/export/map-iam-addons.ts), so the condition cannot occur.
export const serviceDiscoveryRules: readonly Rule[] = [
  corednsReplicas,
  corednsNoNode,
  cloudmapNeedsController,
  cloudmapPrivateDnsVpc,
];
