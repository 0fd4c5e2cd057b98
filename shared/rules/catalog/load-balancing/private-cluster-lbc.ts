import { defineConfigRule } from '../../config-rule.js';
import { assumesNoEgress } from '../../facts/config-network.js';

/**
 * The AWS Load Balancer Controller without internet egress. The deployment bundle turns Shield, WAF and WAFv2 off in
 * the controller's values then (shared/deploy/controllers.ts), as AWS asks for private clusters; what is left for the
 * user is ACM certificate discovery from Ingress hosts, which has no endpoint either, and the flags when they install
 * the controller themselves. The bundle does so wherever there may be no egress (assumesNoEgress), a fully-private
 * cluster in an existing VPC included: eksctl removes no route there, so the VPC's NAT gateway may still serve it,
 * and the message says the bundle assumes it does not. An info: the design's Ingresses name no hosts, and the bundle
 * does the rest.
 */
export const privateClusterLbc = defineConfigRule({
  id: 'lb.private-cluster-lbc',
  severity: 'info',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        "Cluster {{cluster}} may have no internet egress (it is fully private, or its node groups are private in a VPC without a NAT gateway), so the deployment bundle installs the AWS Load Balancer Controller with enableShield, enableWaf and enableWafv2 set to false (those services have no VPC endpoints); without egress the controller cannot discover ACM certificates from Ingress hosts either. In an existing VPC eksctl removes no route, so the VPC's NAT gateway may still serve the cluster: the bundle assumes it does not.",
      fix: 'Installing the controller yourself, set those three values to false; give an HTTPS Ingress its certificate ARN in the alb.ingress.kubernetes.io/certificate-arn annotation. If the subnets do reach a NAT gateway and you use Shield or WAF, set the values back to true in helm/aws-load-balancer-controller.values.yaml.',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはインターネットへの出口がない可能性があります（完全プライベートクラスターであるか、NAT ゲートウェイのない VPC でノードグループがプライベートです）。そのためデプロイバンドルは AWS Load Balancer Controller を enableShield、enableWaf、enableWafv2 を false にしてインストールします（これらのサービスには VPC エンドポイントがありません）。出口がない場合、コントローラーは Ingress のホストから ACM 証明書を自動検出することもできません。既存の VPC では eksctl はルートを削除しないため、VPC の NAT ゲートウェイを引き続き使える場合がありますが、バンドルは使えないものとして扱います。',
      fix: 'コントローラーを自分でインストールする場合は、これら 3 つの値を false にしてください。HTTPS の Ingress では alb.ingress.kubernetes.io/certificate-arn アノテーションで証明書の ARN を指定してください。サブネットが NAT ゲートウェイに届き、Shield や WAF を使う場合は、helm/aws-load-balancer-controller.values.yaml でこれらの値を true に戻してください。',
    },
  },
  // assumesNoEgress holds only for a private cluster or a VPC whose NAT gateway is off.
  needs: ['privateCluster.enabled', 'vpc.nat.gateway'],
  checkConfig({ cluster, config }) {
    // The exported config, as the bundle's values read it (shared/deploy/controllers.ts): both ask assumesNoEgress.
    return cluster.props.addons.awsLoadBalancerController && assumesNoEgress(config) ? [{ path: [], params: {} }] : [];
  },
});
