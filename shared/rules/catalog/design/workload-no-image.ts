import { defineRule } from '../../define.js';

export const workloadNoImage = defineRule({
  id: 'design.workload-no-image',
  severity: 'warning',
  area: 'design',
  source: 'https://kubernetes.io/docs/concepts/containers/images/',
  text: {
    en: {
      message: 'Workload {{workload}} has no container image, so its pods cannot start.',
      fix: 'Set the image of {{workload}}, e.g. 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.0.',
    },
    ja: {
      message: 'ワークロード {{workload}} にコンテナイメージが設定されていないため、Pod を起動できません。',
      fix: '{{workload}} のイメージを設定してください（例: 111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.0）。',
    },
  },
  check(index) {
    return index
      .ofKind('workload')
      .filter((w) => w.props.image.trim() === '')
      .map((w) => ({ partIds: [w.id], params: { workload: w.name } }));
  },
});
