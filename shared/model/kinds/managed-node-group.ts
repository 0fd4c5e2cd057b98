/** Managed node group: EC2 nodes whose lifecycle EKS manages (eksctl managedNodeGroups). */
import { defineNodeGroupKind } from './node-group-common.js';

export const managedNodeGroupKind = defineNodeGroupKind({
  kind: 'managed-node-group',
  defaultName: 'ng',
  name: { en: 'Managed node group', ja: 'マネージド型ノードグループ' },
  eksctlList: 'managedNodeGroups',
});

export const managedNodeGroupPropsSchema = managedNodeGroupKind.propsSchema;
