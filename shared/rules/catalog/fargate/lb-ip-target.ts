import { defineRule } from '../../define.js';
import { lbTargets } from '../load-balancing/lb-support.js';

export const lbIpTarget = defineRule({
  id: 'fargate.lb-ip-target',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message:
        'Load balancer {{loadBalancer}} uses instance targets for workload {{workload}}, which runs on Fargate; load balancers reach Fargate pods only with IP targets.',
      fix: 'Set the target type of {{loadBalancer}} to ip (requires the AWS Load Balancer Controller).',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} は Fargate で実行されるワークロード {{workload}} にインスタンスターゲットを使っています。Fargate の Pod には IP ターゲットでしか到達できません。',
      fix: '{{loadBalancer}} のターゲットタイプを ip にしてください（AWS Load Balancer Controller が必要です）。',
    },
  },
  check(index) {
    return lbTargets(index, 'instance')
      .filter(({ placement }) => placement.on === 'fargate')
      .map(({ lb, workload }) => ({ partIds: [lb.id, workload.id], params: { loadBalancer: lb.name, workload: workload.name } }));
  },
});
