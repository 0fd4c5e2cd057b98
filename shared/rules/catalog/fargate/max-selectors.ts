import { defineRule } from '../../define.js';

const MAX_SELECTORS = 5;

export const maxSelectors = defineRule({
  id: 'fargate.max-selectors',
  severity: 'error',
  area: 'fargate',
  eksctl: [62],
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html',
  text: {
    en: {
      message: 'Fargate profile {{profile}} has {{count}} selectors; a Fargate profile supports at most five.',
      fix: 'Split the selectors across more Fargate profiles, or merge them with namespace wildcards.',
    },
    ja: {
      message:
        'Fargate プロファイル {{profile}} にはセレクターが {{count}} 個あります。Fargate プロファイルのセレクターは最大 5 個です。',
      fix: 'セレクターを複数の Fargate プロファイルに分けるか、名前空間のワイルドカードでまとめてください。',
    },
  },
  check(index) {
    return index
      .ofKind('fargate-profile')
      .filter((fp) => fp.props.selectors.length > MAX_SELECTORS)
      .map((fp) => ({ partIds: [fp.id], params: { profile: fp.name, count: fp.props.selectors.length } }));
  },
});
