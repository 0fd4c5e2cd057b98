import { defineRule } from '../../define.js';
import { autoModeEnabled, targetClusters } from './lb-support.js';

export const nlbViaLbc = defineRule({
  id: 'lb.nlb-via-lbc',
  severity: 'warning',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html',
  text: {
    en: {
      message:
        'NLB {{loadBalancer}} routes to workloads of cluster {{cluster}}, which has no AWS Load Balancer Controller; the legacy in-tree controller would handle the Service and create a Classic Load Balancer by default.',
      fix: 'Turn on the AWS Load Balancer Controller add-on of {{cluster}} and set spec.loadBalancerClass: service.k8s.aws/nlb on the Service.',
    },
    ja: {
      message:
        'NLB {{loadBalancer}} はクラスター {{cluster}} のワークロードにルーティングしますが、このクラスターには AWS Load Balancer Controller がありません。Service は旧来のツリー内コントローラーが処理し、デフォルトでは Classic Load Balancer が作成されます。',
      fix: '{{cluster}} で AWS Load Balancer Controller アドオンを有効にし、Service に spec.loadBalancerClass: service.k8s.aws/nlb を設定してください。',
    },
  },
  check(index) {
    return index.ofKind('nlb').flatMap((nlb) =>
      targetClusters(index, nlb)
        .filter((c) => !c.props.addons.awsLoadBalancerController && !autoModeEnabled(c))
        .map((c) => ({ partIds: [nlb.id, c.id], params: { loadBalancer: nlb.name, cluster: c.name } })),
    );
  },
});
