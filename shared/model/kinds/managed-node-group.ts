/** Managed node group: EC2 nodes whose lifecycle EKS manages (eksctl managedNodeGroups). */
import { z } from 'zod';
import { defineKind } from './define.js';
import {
  NODE_GROUP_COST,
  NODE_GROUP_DEFAULT_PROPS,
  NODE_GROUP_FIELD_LABELS,
  NODE_GROUP_PLACE,
  nodeGroupFields,
} from './node-group-common.js';

export const managedNodeGroupPropsSchema = z.strictObject(nodeGroupFields);

export const managedNodeGroupKind = defineKind({
  kind: 'managed-node-group',
  propsSchema: managedNodeGroupPropsSchema,
  defaultProps: NODE_GROUP_DEFAULT_PROPS,
  defaultName: 'ng',
  ...NODE_GROUP_PLACE,
  labels: {
    en: { name: 'Managed node group', fields: NODE_GROUP_FIELD_LABELS.en },
    ja: { name: 'マネージド型ノードグループ', fields: NODE_GROUP_FIELD_LABELS.ja },
  },
  io: {
    export: { how: 'ClusterConfig managedNodeGroups', by: 'shared/export/map-compute.ts' },
    import: { how: 'one part per managedNodeGroups entry', by: 'shared/import/import-eksctl.ts' },
    cost: NODE_GROUP_COST,
  },
});
