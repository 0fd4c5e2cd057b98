import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configEgress } from '../../facts/config-network.js';
import type { PartOf } from '../../../model/parts.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { needsNvidiaDevicePlugin } from '../../facts/nvidia-node-groups.js';
import { configNodeGroups } from '../node-groups/config-node-groups.js';

/**
 * Where the charts the deployment bundle installs with Helm on the cluster's EC2 nodes pull their images from by
 * default (`image.repository` in the pinned charts' values, shared/deploy/charts). None of these registries has a VPC
 * endpoint: only private Amazon ECR in the cluster's Region does. Cilium is not here: the bundle keeps it on the
 * hybrid nodes (shared/deploy/cilium.ts), which pull through their own on-premises network, not the VPC.
 */
export const CONTROLLER_IMAGES = {
  'AWS Load Balancer Controller': 'public.ecr.aws/eks/aws-load-balancer-controller',
  'Cluster Autoscaler': 'registry.k8s.io/autoscaling/cluster-autoscaler',
  ExternalDNS: 'registry.k8s.io/external-dns/external-dns',
  'NVIDIA device plugin': 'nvcr.io/nvidia/k8s-device-plugin',
} as const;

type Controller = keyof typeof CONTROLLER_IMAGES;

/**
 * The controllers the deployment bundle installs with Helm from public registries, and those registries, as a
 * finding's params; none when it installs none. Shared by the rule for a cluster without egress and the one for a
 * fully-private cluster in an existing VPC, whose egress is unknown.
 */
export function controllersFromPublicRegistries(cluster: PartOf<'cluster'>, config: EksctlClusterConfig): ConfigFinding[] {
  const a = cluster.props.addons;
  const controllers: Controller[] = [];
  if (a.awsLoadBalancerController) controllers.push('AWS Load Balancer Controller');
  if (a.nodeAutoscaler === 'cluster-autoscaler') controllers.push('Cluster Autoscaler');
  if (a.externalDns) controllers.push('ExternalDNS');
  if (configNodeGroups(config).some((g) => needsNvidiaDevicePlugin(g.ng))) controllers.push('NVIDIA device plugin');
  if (controllers.length === 0) return [];
  const registries = [...new Set(controllers.map((c) => CONTROLLER_IMAGES[c].split('/')[0]!))];
  return [{ path: [], params: { controllers: controllers.join(', '), registries: registries.join(', ') } }];
}

/**
 * The controllers the deployment bundle installs with Helm (shared/deploy/controllers.ts planControllers) pull their
 * images from public registries. Without internet egress those pulls fail (ImagePullBackOff): AWS's private cluster
 * requirements ask for images in private ECR, copied there or pulled through an ECR pull through cache rule. eksctl
 * still creates the cluster, so a warning; Karpenter, which eksctl itself installs and waits for, is
 * as.karpenter-no-egress's error. A fully-private cluster in an existing VPC may still reach the internet through the
 * VPC's NAT gateway: ecr.controller-images-private-existing-vpc.
 */
export const controllerImagesNoEgress = defineConfigRule({
  id: 'ecr.controller-images-no-egress',
  severity: 'warning',
  area: 'ecr',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        "Cluster {{cluster}} has no internet egress, but the deployment bundle installs {{controllers}} with their charts' images from {{registries}}, which have no VPC endpoint: their pods cannot pull them (ImagePullBackOff).",
      fix: "Copy the images into Amazon ECR in the cluster's Region (images from public.ecr.aws and registry.k8s.io can also come through ECR pull through cache rules; nvcr.io is not a registry those rules support) and set image.repository in each controller's values file under helm/ before running deploy.sh; or give the private subnets a NAT gateway.",
    },
    ja: {
      message:
        'クラスター {{cluster}} にはインターネットへの出口がありませんが、デプロイバンドルは {{controllers}} をチャートのイメージのまま {{registries}} からインストールします。これらのレジストリには VPC エンドポイントがないため、Pod はイメージをプルできません（ImagePullBackOff）。',
      fix: 'deploy.sh を実行する前に、イメージをクラスターのリージョンの Amazon ECR にコピーし（public.ecr.aws と registry.k8s.io のイメージは ECR プルスルーキャッシュルールでも取得できます。nvcr.io はこのルールが対応するレジストリではありません）、helm/ の各コントローラーの values ファイルで image.repository を指定してください。または、プライベートサブネットに NAT ゲートウェイを用意してください。',
    },
  },
  // configEgress is `none` only for a private cluster or a VPC whose NAT gateway is off.
  needs: ['privateCluster.enabled', 'vpc.nat.gateway'],
  checkConfig({ cluster, config }) {
    // `unknown` (fully private in an existing VPC) is ecr.controller-images-private-existing-vpc's.
    return configEgress(config) === 'none' ? controllersFromPublicRegistries(cluster, config) : [];
  },
});
