import { defineRule } from '../../define.js';

export const lifecycle = defineRule({
  id: 'ecr.lifecycle',
  severity: 'info',
  area: 'ecr',
  source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
  text: {
    en: {
      message:
        'ECR repository {{repository}} has no lifecycle policy, so old images pile up and storage ($0.10 per GB-month) grows without bound.',
      fix: 'Add a lifecycle policy to {{repository}}, e.g. keep the last 30 tagged images and expire untagged ones after 7 days.',
    },
    ja: {
      message:
        'ECR リポジトリ {{repository}} にライフサイクルポリシーがないため、古いイメージがたまり、ストレージ料金（GB 月あたり 0.10 USD）が増え続けます。',
      fix: '{{repository}} にライフサイクルポリシーを追加してください（例: タグ付きイメージは最新 30 個を残し、タグなしは 7 日で削除）。',
    },
  },
  check(index) {
    return index
      .ofKind('ecr')
      .filter((repo) => !repo.props.lifecyclePolicy)
      .map((repo) => ({ partIds: [repo.id], params: { repository: repo.props.repositoryName } }));
  },
});
