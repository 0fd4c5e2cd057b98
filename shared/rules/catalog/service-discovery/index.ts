import type { Rule } from '../../types.js';
import { cloudmapIam } from './cloudmap-iam.js';
import { cloudmapNeedsController } from './cloudmap-needs-controller.js';
import { cloudmapPrivateDnsVpc } from './cloudmap-private-dns-vpc.js';
import { corednsReplicas } from './coredns-replicas.js';

export const serviceDiscoveryRules: readonly Rule[] = [
  corednsReplicas,
  cloudmapNeedsController,
  cloudmapIam,
  cloudmapPrivateDnsVpc,
];
