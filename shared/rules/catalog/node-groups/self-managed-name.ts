import { defineRule } from '../../define.js';

/** eksctl validateNodeGroupName: the name becomes part of a CloudFormation stack name. */
const SELF_MANAGED_NAME = /^[a-zA-Z][-a-zA-Z0-9]*$/;

export const selfManagedName = defineRule({
  id: 'eksctl.self-managed-ng-name',
  severity: 'error',
  area: 'node-groups',
  eksctl: [54],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'eksctl rejects self-managed node group name "{{nodeGroup}}": it must start with a letter and contain only letters, digits and "-".',
      fix: 'Rename the node group, e.g. "ng-workers".',
    },
    ja: {
      message:
        'eksctl はセルフマネージド型ノードグループ名「{{nodeGroup}}」を受け付けません。英字で始まり、英数字と「-」のみを使う必要があります。',
      fix: 'ノードグループの名前を変更してください（例: 「ng-workers」）。',
    },
  },
  check(index) {
    return index
      .ofKind('self-managed-node-group')
      .filter((ng) => !SELF_MANAGED_NAME.test(ng.name))
      .map((ng) => ({ partIds: [ng.id], params: { nodeGroup: ng.name } }));
  },
});
