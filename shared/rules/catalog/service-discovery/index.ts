import type { Rule } from '../../types.js';
import { cloudmapNeedsController } from './cloudmap-needs-controller.js';
import { cloudmapPrivateDnsVpc } from './cloudmap-private-dns-vpc.js';
import { corednsReplicas } from './coredns-replicas.js';

/*
 * sd.cloudmap-iam (./cloudmap-iam.ts, tested) is held back: the exporter gives ExternalDNS only eksctl's
 * Route 53 well-known policy, so the rule rightly reports the microservices template. Register it here
 * once the exporter attaches a Cloud Map policy to the external-dns role; it reads the exporter's output
 * and then goes quiet by itself.
 */
export const serviceDiscoveryRules: readonly Rule[] = [corednsReplicas, cloudmapNeedsController, cloudmapPrivateDnsVpc];
