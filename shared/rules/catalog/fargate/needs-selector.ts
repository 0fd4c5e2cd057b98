import { defineRule } from '../../define.js';

export const needsSelector = defineRule({
  id: 'eksctl.fargate-needs-selector',
  severity: 'error',
  area: 'fargate',
  eksctl: [62],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Fargate profile {{profile}} has no selector, so it would pick up no pods; eksctl rejects it ("no profile selector").',
      fix: 'Add a selector with the namespace (and optionally labels) of the pods that should run on Fargate.',
    },
    ja: {
      message:
        'Fargate プロファイル {{profile}} にはセレクターがないため、どの Pod も選択されません。eksctl はこれを拒否します（"no profile selector"）。',
      fix: 'Fargate で実行する Pod の名前空間（必要ならラベルも）を指定したセレクターを追加してください。',
    },
  },
  check(index) {
    return index
      .ofKind('fargate-profile')
      .filter((fp) => fp.props.selectors.length === 0)
      .map((fp) => ({ partIds: [fp.id], params: { profile: fp.name } }));
  },
});
