import { isNvidiaInstanceType } from '../../../data/instance-types.js';
import { defineConfigRule } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { configWithoutEgress } from '../../facts/config-network.js';
import { arr, configNodeGroups, str } from '../node-groups/config-node-groups.js';

/**
 * Where the charts the deployment bundle installs with Helm pull their images from by default (`image.repository` in
 * the pinned charts' values, shared/deploy/charts; Cilium's chart for hybrid nodes: quay.io/cilium/cilium). None of
 * these registries has a VPC endpoint: only private Amazon ECR in the cluster's Region does.
 */
export const CONTROLLER_IMAGES = {
  'AWS Load Balancer Controller': 'public.ecr.aws/eks/aws-load-balancer-controller',
  'Cluster Autoscaler': 'registry.k8s.io/autoscaling/cluster-autoscaler',
  ExternalDNS: 'registry.k8s.io/external-dns/external-dns',
  'NVIDIA device plugin': 'nvcr.io/nvidia/k8s-device-plugin',
  Cilium: 'quay.io/cilium/cilium',
} as const;

type Controller = keyof typeof CONTROLLER_IMAGES;

/** A node group the bundle installs the NVIDIA device plugin for (as shared/deploy/controllers.ts decides it). */
function hasNvidiaGroup(config: EksctlClusterConfig): boolean {
  for (const g of configNodeGroups(config)) {
    if (str(g.ng['amiFamily']) === 'Bottlerocket') continue; // Bottlerocket's NVIDIA variants bring their own
    const distribution = g.ng['instancesDistribution'];
    const types = [
      g.ng['instanceType'],
      ...arr(g.ng['instanceTypes']),
      ...(distribution !== null && typeof distribution === 'object'
        ? arr((distribution as Record<string, unknown>)['instanceTypes'])
        : []),
    ];
    if (types.some((t) => typeof t === 'string' && isNvidiaInstanceType(t))) return true;
  }
  return false;
}

/** Hybrid nodes, for which the bundle installs Cilium (shared/deploy/cilium.ts hasHybridNodes). */
function hasHybridNodes(config: EksctlClusterConfig): boolean {
  return arr(config.remoteNetworkConfig?.remoteNodeNetworks).some(
    (n) => n !== null && typeof n === 'object' && arr((n as Record<string, unknown>)['cidrs']).length > 0,
  );
}

/**
 * The controllers the deployment bundle installs with Helm (shared/deploy/controllers.ts planControllers) pull their
 * images from public registries. Without internet egress those pulls fail (ImagePullBackOff): AWS's private cluster
 * requirements ask for images in private ECR, copied there or pulled through an ECR pull through cache rule. eksctl
 * still creates the cluster, so a warning; Karpenter, which eksctl itself installs and waits for, is
 * as.karpenter-no-egress's error.
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
      fix: "Copy the images into Amazon ECR in the cluster's Region (or create ECR pull through cache rules for those registries) and set image.repository in each controller's values file under helm/ before running deploy.sh; or give the private subnets a NAT gateway.",
    },
    ja: {
      message:
        'クラスター {{cluster}} にはインターネットへの出口がありませんが、デプロイバンドルは {{controllers}} をチャートのイメージのまま {{registries}} からインストールします。これらのレジストリには VPC エンドポイントがないため、Pod はイメージをプルできません（ImagePullBackOff）。',
      fix: 'deploy.sh を実行する前に、イメージをクラスターのリージョンの Amazon ECR にコピーし（またはそれらのレジストリ向けの ECR プルスルーキャッシュルールを作成し）、helm/ の各コントローラーの values ファイルで image.repository を指定してください。または、プライベートサブネットに NAT ゲートウェイを用意してください。',
    },
  },
  checkConfig({ cluster, config }) {
    if (!configWithoutEgress(config)) return [];
    const a = cluster.props.addons;
    const controllers: Controller[] = [];
    if (a.awsLoadBalancerController) controllers.push('AWS Load Balancer Controller');
    if (a.nodeAutoscaler === 'cluster-autoscaler') controllers.push('Cluster Autoscaler');
    if (a.externalDns) controllers.push('ExternalDNS');
    if (hasNvidiaGroup(config)) controllers.push('NVIDIA device plugin');
    if (hasHybridNodes(config)) controllers.push('Cilium');
    if (controllers.length === 0) return [];
    const registries = [...new Set(controllers.map((c) => CONTROLLER_IMAGES[c].split('/')[0]!))];
    return [{ path: [], params: { controllers: controllers.join(', '), registries: registries.join(', ') } }];
  },
});
