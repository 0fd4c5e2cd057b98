/** Fargate profile: Pods matching its selectors run on Fargate instead of nodes. */
import { z } from 'zod';
import { partIdSchema, passthrough, stringMap } from './common.js';
import { defineKind } from './define.js';

export const fargateSelectorSchema = z.strictObject({
  namespace: z.string(),
  labels: stringMap.default({}),
});

export const fargateProfilePropsSchema = z.strictObject({
  selectors: z.array(fargateSelectorSchema).default([]),
  /** Subnet parts for Fargate pods; empty = the cluster's private subnets. */
  subnetIds: z.array(partIdSchema).default([]),
  ...passthrough,
});

export const fargateProfileKind = defineKind({
  kind: 'fargate-profile',
  propsSchema: fargateProfilePropsSchema,
  defaultProps: { selectors: [{ namespace: 'default' }] },
  defaultName: 'fp',
  parents: { allowed: ['cluster'], required: true },
  defaultSize: { width: 280, height: 170 },
  connectsTo: [],
  labels: {
    en: {
      name: 'Fargate profile',
      fields: {
        selectors: 'Pod selectors',
        namespace: 'Namespace',
        labels: 'Pod labels to match',
        subnetIds: 'Subnets for Pods',
      },
    },
    ja: {
      name: 'Fargate プロファイル',
      fields: {
        selectors: 'Pod セレクター',
        namespace: '名前空間',
        labels: '一致させる Pod のラベル',
        subnetIds: 'Pod を配置するサブネット',
      },
    },
  },
  io: {
    export: { how: 'ClusterConfig fargateProfiles', by: 'shared/export/map-compute.ts' },
    import: { how: 'one part per fargateProfiles entry', by: 'shared/import/map-parts.ts' },
    cost: {
      how: 'vCPU and memory hours of the Pods it runs, at their Fargate size, the controllers of namespaces it selects included (shared/cost/fargate-controllers.ts)',
      by: 'shared/cost/compute.ts',
    },
  },
});
