import { defineConfigRule } from '../../config-rule.js';
import { configEgress } from '../../facts/config-network.js';

/** Where Karpenter's chart pulls its controller image from (chart values `controller.image.repository`). */
export const KARPENTER_IMAGE_REPOSITORY = 'public.ecr.aws/karpenter/controller';

/**
 * eksctl installs Karpenter's Helm chart with its default images, which are in Amazon ECR Public, and waits up to
 * ten minutes for the release to be ready (pkg/karpenter/providers/helm/helm.go: Wait, Timeout 10m). ECR Public has
 * no VPC endpoint, so in a cluster without internet egress the pods never pull their image and `eksctl create
 * cluster` ends with "error installing Karpenter". Karpenter's guide for private clusters: its images "must be in or
 * copied to Amazon ECR private or to another private registry accessible from inside the VPC". eksctl's
 * `karpenter` section has no image setting, so only egress or installing Karpenter yourself fixes it. A fully-private
 * cluster in an existing VPC may still route out through the VPC's own NAT gateway (eksctl removes no route):
 * as.karpenter-private-existing-vpc's warning, not this error.
 */
export const karpenterNoEgress = defineConfigRule({
  id: 'as.karpenter-no-egress',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://karpenter.sh/docs/getting-started/getting-started-with-karpenter/#private-clusters',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has no internet egress, but eksctl installs Karpenter with its chart\'s images from Amazon ECR Public ({{image}}), which has no VPC endpoint: the pods cannot pull them, and eksctl waits 10 minutes for Karpenter and then fails with "error installing Karpenter".',
      fix: "Give the private subnets a NAT gateway (turn fully private off), or remove Karpenter from the cluster and install it yourself with Helm after the cluster exists, its images copied into Amazon ECR in the cluster's Region (or pulled through an ECR pull through cache rule for public.ecr.aws) and set in controller.image.repository, with settings.isolatedVPC=true; the controller's IAM role, the nodes' role and instance profile and the interruption queue, which eksctl creates for its own install, are then yours to create (Karpenter's getting-started CloudFormation template has them).",
    },
    ja: {
      message:
        'クラスター {{cluster}} にはインターネットへの出口がありませんが、eksctl は Karpenter をチャートのイメージのまま Amazon ECR Public（{{image}}）からインストールします。ECR Public には VPC エンドポイントがないため、Pod はイメージをプルできず、eksctl は Karpenter を 10 分間待ったあと "error installing Karpenter" で失敗します。',
      fix: 'プライベートサブネットに NAT ゲートウェイを用意する（完全プライベートをオフにする）か、クラスターから Karpenter を外し、クラスターの作成後に Helm で自分でインストールしてください。その際はイメージをクラスターのリージョンの Amazon ECR にコピーし（または public.ecr.aws 向けの ECR プルスルーキャッシュルールを使い）、controller.image.repository に指定して、settings.isolatedVPC=true を設定します。eksctl が自分のインストール用に作成するコントローラーの IAM ロール、ノードのロールとインスタンスプロファイル、中断キューも自分で作成することになります（Karpenter の入門ガイドの CloudFormation テンプレートに含まれています）。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    // `unknown` (fully private in an existing VPC) is as.karpenter-private-existing-vpc's warning.
    if (config.karpenter === undefined || config.karpenter === null || configEgress(config) !== 'none') return [];
    return [{ path: ['karpenter'], params: { image: KARPENTER_IMAGE_REPOSITORY } }];
  },
});
