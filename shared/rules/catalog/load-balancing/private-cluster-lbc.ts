import { defineConfigRule } from '../../config-rule.js';
import { configWithoutEgress } from '../../facts/config-network.js';

/**
 * The AWS Load Balancer Controller without internet egress. The deployment bundle turns Shield, WAF and WAFv2 off in
 * the controller's values then (shared/deploy/controllers.ts), as AWS asks for private clusters; what is left for the
 * user is ACM certificate discovery from Ingress hosts, which has no endpoint either, and the flags when they install
 * the controller themselves. An info: the design's Ingresses name no hosts, and the bundle does the rest.
 */
export const privateClusterLbc = defineConfigRule({
  id: 'lb.private-cluster-lbc',
  severity: 'info',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs the AWS Load Balancer Controller without internet egress: the deployment bundle installs it with enableShield, enableWaf and enableWafv2 set to false (those services have no VPC endpoints), and it cannot discover ACM certificates from Ingress hosts.',
      fix: 'Installing the controller yourself, set those three values to false; give an HTTPS Ingress its certificate ARN in the alb.ingress.kubernetes.io/certificate-arn annotation.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はインターネットへの出口なしで AWS Load Balancer Controller を実行します。デプロイバンドルは enableShield、enableWaf、enableWafv2 を false にしてインストールします（これらのサービスには VPC エンドポイントがありません）。また、Ingress のホストから ACM 証明書を自動検出できません。',
      fix: 'コントローラーを自分でインストールする場合は、これら 3 つの値を false にしてください。HTTPS の Ingress では alb.ingress.kubernetes.io/certificate-arn アノテーションで証明書の ARN を指定してください。',
    },
  },
  // configWithoutEgress holds only for a private cluster or a VPC whose NAT gateway is off.
  needs: ['privateCluster.enabled', 'vpc.nat.gateway'],
  checkConfig({ cluster, config }) {
    // The exported config, as the bundle's values read it (shared/deploy/controllers.ts): both ask configWithoutEgress.
    return cluster.props.addons.awsLoadBalancerController && configWithoutEgress(config) ? [{ path: [], params: {} }] : [];
  },
});
