import { defineRule } from '../../define.js';

const MAX_LABELS = 5;

export const selectorLabels = defineRule({
  id: 'eksctl.fargate-selector-labels',
  severity: 'error',
  area: 'fargate',
  eksctl: [62],
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_FargateProfileSelector.html',
  text: {
    en: {
      message:
        'Selector {{selector}} of Fargate profile {{profile}} has {{count}} labels; EKS allows at most five labels per selector.',
      fix: 'Keep at most five labels in each selector of {{profile}}.',
    },
    ja: {
      message:
        'Fargate プロファイル {{profile}} のセレクター {{selector}} にはラベルが {{count}} 個あります。EKS ではセレクターあたりのラベルは最大 5 個です。',
      fix: '{{profile}} の各セレクターのラベルを 5 個以内にしてください。',
    },
  },
  check(index) {
    return index.ofKind('fargate-profile').flatMap((fp) =>
      fp.props.selectors.flatMap((s, i) => {
        const count = Object.keys(s.labels).length;
        return count > MAX_LABELS ? [{ partIds: [fp.id], params: { profile: fp.name, selector: i + 1, count } }] : [];
      }),
    );
  },
});
