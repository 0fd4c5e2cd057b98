import { defineRule } from '../../define.js';
import { placementOfWorkload } from '../../facts/compute.js';

export const preferIpTargets = defineRule({
  id: 'lb.prefer-ip-targets',
  severity: 'info',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/load-balancing.html',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses instance targets for pods on EC2 nodes; IP targets skip the extra NodePort/kube-proxy hop and work with pod readiness gates.',
      fix: 'Set the target type of {{loadBalancer}} to ip and enable pod readiness gates.',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} は EC2 ノード上の Pod にインスタンスターゲットを使っています。IP ターゲットなら NodePort/kube-proxy を経由する余分なホップがなく、Pod の readiness gate も使えます。',
      fix: '{{loadBalancer}} のターゲットタイプを ip にし、Pod の readiness gate を有効にしてください。',
    },
  },
  check(index) {
    return index.loadBalancers().flatMap((lb) => {
      if (lb.props.targetType !== 'instance') return [];
      const onEc2 = index.targetsOf(lb, 'workload').filter((w) => placementOfWorkload(index, w).on === 'node-group');
      return onEc2.length === 0 ? [] : [{ partIds: [lb.id, ...onEc2.map((w) => w.id)], params: { loadBalancer: lb.name } }];
    });
  },
});
