/** Self-managed node group: EC2 nodes in an Auto Scaling group the user manages (eksctl nodeGroups). */
import { z } from 'zod';
import { defineKind } from './define.js';
import {
  NODE_GROUP_COST,
  NODE_GROUP_DEFAULT_PROPS,
  NODE_GROUP_FIELD_LABELS,
  NODE_GROUP_PLACE,
  nodeGroupFields,
} from './node-group-common.js';

export const selfManagedNodeGroupPropsSchema = z.strictObject(nodeGroupFields);

export const selfManagedNodeGroupKind = defineKind({
  kind: 'self-managed-node-group',
  propsSchema: selfManagedNodeGroupPropsSchema,
  defaultProps: NODE_GROUP_DEFAULT_PROPS,
  defaultName: 'self-ng',
  ...NODE_GROUP_PLACE,
  labels: {
    en: { name: 'Self-managed node group', fields: NODE_GROUP_FIELD_LABELS.en },
    ja: { name: 'セルフマネージド型ノードグループ', fields: NODE_GROUP_FIELD_LABELS.ja },
  },
  io: {
    export: { how: 'ClusterConfig nodeGroups', by: 'shared/export/map-compute.ts' },
    import: { how: 'one part per nodeGroups entry', by: 'shared/import/import-eksctl.ts' },
    cost: NODE_GROUP_COST,
  },
});
