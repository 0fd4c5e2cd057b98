import { defineRule } from '../../define.js';
import { lbTargets } from './lb-support.js';

export const instanceTargetServiceType = defineRule({
  id: 'lb.instance-target-service-type',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses instance targets, but workload {{workload}} has a ClusterIP Service; instance mode routes to NodePorts, so the Service must be NodePort or LoadBalancer.',
      fix: 'Change the Service type of {{workload}} to NodePort, or set the target type of {{loadBalancer}} to ip.',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} はインスタンスターゲットを使っていますが、ワークロード {{workload}} の Service は ClusterIP です。インスタンスモードは NodePort にルーティングするため、Service は NodePort か LoadBalancer である必要があります。',
      fix: '{{workload}} の Service タイプを NodePort に変えるか、{{loadBalancer}} のターゲットタイプを ip にしてください。',
    },
  },
  check(index) {
    return lbTargets(index, 'instance')
      .filter(({ workload }) => workload.props.serviceType === 'ClusterIP')
      .map(({ lb, workload: w }) => ({ partIds: [lb.id, w.id], params: { loadBalancer: lb.name, workload: w.name } }));
  },
});
