import { defineRule } from '../../define.js';
import { autoModeEnabled, targetClusters } from './lb-support.js';
import { enableAddon } from '../../fix-edits.js';

export const albNeedsLbc = defineRule({
  id: 'lb.alb-needs-lbc',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/alb-ingress.html',
  text: {
    en: {
      message:
        'ALB {{loadBalancer}} routes to workloads of cluster {{cluster}}, which has no AWS Load Balancer Controller; ALBs for Kubernetes Ingress are created by that controller, so nothing would be created.',
      fix: 'Turn on the AWS Load Balancer Controller add-on of {{cluster}} and use ingressClassName: alb.',
    },
    ja: {
      message:
        'ALB {{loadBalancer}} はクラスター {{cluster}} のワークロードにルーティングしますが、このクラスターには AWS Load Balancer Controller がありません。Kubernetes Ingress の ALB はこのコントローラーが作成するため、何も作成されません。',
      fix: '{{cluster}} で AWS Load Balancer Controller アドオンを有効にし、ingressClassName: alb を使ってください。',
    },
  },
  check(index) {
    return index.ofKind('alb').flatMap((alb) =>
      targetClusters(index, alb)
        .filter((c) => !c.props.addons.awsLoadBalancerController && !autoModeEnabled(c))
        .map((c) => ({ partIds: [alb.id, c.id], params: { loadBalancer: alb.name, cluster: c.name } })),
    );
  },
  fix: (design, d) => enableAddon(design, d, 'awsLoadBalancerController'),
});
