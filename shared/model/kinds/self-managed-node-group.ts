/** Self-managed node group: EC2 nodes in an Auto Scaling group the user manages (eksctl nodeGroups). */
import { defineNodeGroupKind } from './node-group-common.js';

export const selfManagedNodeGroupKind = defineNodeGroupKind({
  kind: 'self-managed-node-group',
  defaultName: 'self-ng',
  name: { en: 'Self-managed node group', ja: 'セルフマネージド型ノードグループ' },
  eksctlList: 'nodeGroups',
});

export const selfManagedNodeGroupPropsSchema = selfManagedNodeGroupKind.propsSchema;
