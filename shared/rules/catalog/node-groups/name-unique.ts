import { defineRule } from '../../define.js';
import type { NodeGroupPart } from '../../../model/parts.js';
import { push } from '../../facts/compute.js';

export const nameUnique = defineRule({
  id: 'eksctl.ng-name-unique',
  severity: 'error',
  area: 'node-groups',
  eksctl: [37, 54],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has {{count}} node groups named "{{nodeGroup}}"; eksctl requires node group names to be unique across managed and self-managed node groups.',
      fix: 'Give each node group of {{cluster}} its own name.',
    },
    ja: {
      message:
        'クラスター {{cluster}} に「{{nodeGroup}}」という名前のノードグループが {{count}} 個あります。eksctl ではマネージド型とセルフマネージド型を通じてノードグループ名が一意である必要があります。',
      fix: '{{cluster}} の各ノードグループに別々の名前を付けてください。',
    },
  },
  check(index) {
    const groups = new Map<string, NodeGroupPart[]>();
    for (const ng of index.nodeGroups()) {
      if (ng.parentId !== undefined && ng.name !== '') push(groups, `${ng.parentId}\u0000${ng.name}`, ng);
    }
    return [...groups.values()]
      .filter((same) => same.length > 1)
      .map((same) => ({
        partIds: same.map((ng) => ng.id),
        params: { nodeGroup: same[0]!.name, cluster: index.parent(same[0]!)?.name ?? '', count: same.length },
      }));
  },
});
