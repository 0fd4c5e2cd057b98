/** Cloud Map namespace: service discovery that workloads register in through ExternalDNS. */
import { z } from 'zod';
import { defineKind } from './define.js';

export const cloudMapPropsSchema = z.strictObject({
  namespaceName: z.string(),
  namespaceType: z.enum(['HTTP', 'DNS_PRIVATE', 'DNS_PUBLIC']).default('DNS_PRIVATE'),
});

export const cloudMapKind = defineKind({
  kind: 'cloud-map',
  propsSchema: cloudMapPropsSchema,
  defaultProps: { namespaceName: 'internal.local' },
  defaultName: 'cloud-map',
  parents: { allowed: [], required: false },
  defaultSize: { width: 200, height: 84 },
  connectsTo: [],
  labels: {
    en: { name: 'Cloud Map namespace', fields: { namespaceName: 'Namespace name', namespaceType: 'Namespace type' } },
    ja: { name: 'Cloud Map 名前空間', fields: { namespaceName: '名前空間名', namespaceType: '名前空間の種類' } },
  },
  io: {
    export: {
      none: 'eksctl creates no Cloud Map namespaces; a workload registered in one gives ExternalDNS the Cloud Map policy (map-iam-addons.ts)',
    },
    import: { none: 'a ClusterConfig names no Cloud Map namespaces' },
    cost: {
      how: 'registered instances (Pods) and, for a DNS namespace, its Route 53 hosted zone',
      by: 'shared/cost/services.ts',
    },
  },
});
