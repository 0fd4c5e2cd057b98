import { defineConfigRule } from '../../config-rule.js';
import { configEgress } from '../../facts/config-network.js';
import { KARPENTER_IMAGE_REPOSITORY } from './karpenter-no-egress.js';

/**
 * Karpenter in eksctl's fully-private cluster in an existing VPC. eksctl installs Karpenter's chart with its images
 * from Amazon ECR Public, which has no VPC endpoint, and waits ten minutes for it (as.karpenter-no-egress). In a VPC
 * eksctl creates for a fully-private cluster nothing routes to the internet; in an existing one eksctl adds its
 * endpoints but removes no route (https://eksctl.io/usage/eks-private-cluster/, "User-supplied VPC and subnets"), so
 * the pull works only if the private subnets still reach the internet through a NAT gateway (or a transit gateway),
 * which the config does not say: a warning.
 */
export const karpenterPrivateExistingVpc = defineConfigRule({
  id: 'as.karpenter-private-existing-vpc',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://eksctl.io/usage/eks-private-cluster/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private in an existing VPC, and eksctl installs Karpenter with its chart\u2019s images from Amazon ECR Public ({{image}}), which has no VPC endpoint. eksctl removes no route from the VPC\u2019s subnets, so the install works only if they still reach the internet (a NAT gateway); without that, eksctl waits 10 minutes for Karpenter and fails with "error installing Karpenter".',
      fix: "Make sure the private subnets route to a NAT gateway, or remove Karpenter from the cluster and install it yourself with Helm after the cluster exists, its images in Amazon ECR in the cluster's Region (copied, or through an ECR pull through cache rule for public.ecr.aws) and set in controller.image.repository, with settings.isolatedVPC=true.",
    },
    ja: {
      message:
        'クラスター {{cluster}} は既存の VPC 内の完全プライベートクラスターで、eksctl は Karpenter をチャートのイメージのまま Amazon ECR Public（{{image}}）からインストールします。ECR Public には VPC エンドポイントがありません。eksctl は VPC のサブネットのルートを削除しないため、サブネットが引き続きインターネットに出られる（NAT ゲートウェイがある）場合にだけインストールが成功します。出られない場合、eksctl は Karpenter を 10 分間待ったあと "error installing Karpenter" で失敗します。',
      fix: 'プライベートサブネットが NAT ゲートウェイにルーティングされていることを確認するか、クラスターから Karpenter を外し、クラスターの作成後に Helm で自分でインストールしてください。その際はイメージをクラスターのリージョンの Amazon ECR に置き（コピーするか、public.ecr.aws 向けの ECR プルスルーキャッシュルールを使う）、controller.image.repository に指定して、settings.isolatedVPC=true を設定します。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    if (config.karpenter === undefined || config.karpenter === null || configEgress(config) !== 'unknown') return [];
    return [{ path: ['karpenter'], params: { image: KARPENTER_IMAGE_REPOSITORY } }];
  },
});
