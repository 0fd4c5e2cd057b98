import { defineConfigRule } from '../../config-rule.js';
import { configEgress } from '../../facts/config-network.js';
import { controllersFromPublicRegistries } from './controller-images.js';

/**
 * The controllers the deployment bundle installs with Helm, in eksctl's fully-private cluster in an existing VPC.
 * Their images are in public registries without VPC endpoints (ecr.controller-images-no-egress). eksctl adds its
 * endpoints to an existing VPC but removes no route (https://eksctl.io/usage/eks-private-cluster/, "User-supplied VPC
 * and subnets"; pkg/cfn/builder/vpc_endpoint.go only adds the S3 gateway endpoint to the subnets' route tables), so
 * the pulls work only if the private subnets still reach the internet through a NAT gateway (or a transit gateway),
 * which the config does not say: a warning that names the assumption.
 */
export const controllerImagesPrivateExistingVpc = defineConfigRule({
  id: 'ecr.controller-images-private-existing-vpc',
  severity: 'warning',
  area: 'ecr',
  source: 'https://eksctl.io/usage/eks-private-cluster/',
  text: {
    en: {
      message:
        "Cluster {{cluster}} is fully private in an existing VPC, and the deployment bundle installs {{controllers}} with their charts' images from {{registries}}, which have no VPC endpoint. eksctl removes no route from the VPC's subnets, so the pulls work only if they still reach the internet (a NAT gateway); without that, their pods cannot pull the images (ImagePullBackOff).",
      fix: "Make sure the private subnets route to a NAT gateway, or copy the images into Amazon ECR in the cluster's Region (images from public.ecr.aws and registry.k8s.io can also come through ECR pull through cache rules; nvcr.io is not a registry those rules support) and set image.repository in each controller's values file under helm/ before running deploy.sh.",
    },
    ja: {
      message:
        'クラスター {{cluster}} は既存の VPC 内の完全プライベートクラスターで、デプロイバンドルは {{controllers}} をチャートのイメージのまま {{registries}} からインストールします。これらのレジストリには VPC エンドポイントがありません。eksctl は VPC のサブネットのルートを削除しないため、サブネットが引き続きインターネットに出られる（NAT ゲートウェイがある）場合にだけプルが成功します。出られない場合、Pod はイメージをプルできません（ImagePullBackOff）。',
      fix: 'プライベートサブネットが NAT ゲートウェイにルーティングされていることを確認するか、deploy.sh を実行する前に、イメージをクラスターのリージョンの Amazon ECR にコピーし（public.ecr.aws と registry.k8s.io のイメージは ECR プルスルーキャッシュルールでも取得できます。nvcr.io はこのルールが対応するレジストリではありません）、helm/ の各コントローラーの values ファイルで image.repository を指定してください。',
    },
  },
  needs: ['privateCluster.enabled'],
  checkConfig({ cluster, config }) {
    return configEgress(config) === 'unknown' ? controllersFromPublicRegistries(cluster, config) : [];
  },
});
