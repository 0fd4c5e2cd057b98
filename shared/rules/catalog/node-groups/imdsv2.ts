import { defineRule } from '../../define.js';
import { patchProps } from '../../fix-edits.js';
import type { NodeGroupPart } from '../../../model/parts.js';

export const imdsv2 = defineRule({
  id: 'ng.imdsv2',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} allows IMDSv1, so pods can reach the instance metadata service and take the node role’s credentials.',
      fix: 'Turn on "disable IMDSv1" (require IMDSv2) for {{nodeGroup}} and give pods their own IAM role with Pod Identity or IRSA.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は IMDSv1 を許可しているため、Pod がインスタンスメタデータサービスにアクセスしてノードの IAM ロールの認証情報を取得できます。',
      fix: '{{nodeGroup}} で IMDSv1 を無効化（IMDSv2 を必須に）し、Pod には Pod Identity または IRSA で専用の IAM ロールを与えてください。',
    },
  },
  check(index) {
    return index
      .nodeGroups()
      .filter((ng) => !ng.props.disableImdsV1)
      .map((ng) => ({ partIds: [ng.id], params: { nodeGroup: ng.name } }));
  },
  fix(design, d) {
    const ng = design.parts.find((p): p is NodeGroupPart => p.id === d.partIds[0] && p.kind.endsWith('node-group'));
    return patchProps(design, ng, (props) => (props.disableImdsV1 ? props : { ...props, disableImdsV1: true }));
  },
});
