import { defineRule } from '../../define.js';

export const selectorNamespace = defineRule({
  id: 'fargate.selector-namespace',
  severity: 'error',
  area: 'fargate',
  eksctl: [62],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html',
  text: {
    en: {
      message:
        'Selector {{selector}} of Fargate profile {{profile}} has no namespace; every selector must name a namespace (labels are optional, * and ? wildcards are allowed).',
      fix: 'Enter a namespace in each selector of {{profile}}.',
    },
    ja: {
      message:
        'Fargate プロファイル {{profile}} のセレクター {{selector}} に名前空間がありません。すべてのセレクターで名前空間を指定する必要があります（ラベルは任意、ワイルドカード * と ? を使えます）。',
      fix: '{{profile}} の各セレクターに名前空間を入力してください。',
    },
  },
  check(index) {
    return index
      .ofKind('fargate-profile')
      .flatMap((fp) =>
        fp.props.selectors.flatMap((s, i) =>
          s.namespace.trim() === '' ? [{ partIds: [fp.id], params: { profile: fp.name, selector: i + 1 } }] : [],
        ),
      );
  },
});
