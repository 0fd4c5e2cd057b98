import { defineRule } from '../../define.js';

/** EKS CreateNodegroup: 1-63 characters, a letter or digit first, then letters, digits, "-" or "_". */
const MANAGED_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

export const nameFormat = defineRule({
  id: 'ng.name-format',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/launch-workers.html',
  text: {
    en: {
      message:
        'Managed node group name "{{nodeGroup}}" is invalid: it must be 1-63 characters, start with a letter or digit and contain only letters, digits, "-" and "_".',
      fix: 'Rename the node group, e.g. "ng-general".',
    },
    ja: {
      message:
        'マネージド型ノードグループ名「{{nodeGroup}}」が無効です。1〜63 文字で、英字か数字で始まり、英数字・「-」・「_」のみを使う必要があります。',
      fix: 'ノードグループの名前を変更してください（例: 「ng-general」）。',
    },
  },
  check(index) {
    return index
      .ofKind('managed-node-group')
      .filter((ng) => !MANAGED_NAME.test(ng.name))
      .map((ng) => ({ partIds: [ng.id], params: { nodeGroup: ng.name } }));
  },
});
