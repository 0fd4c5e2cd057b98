import { defineRule } from '../../define.js';

export const routesToNothing = defineRule({
  id: 'lb.routes-to-nothing',
  severity: 'warning',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/load-balancing.html',
  text: {
    en: {
      message: 'Load balancer {{loadBalancer}} is connected to no workload and no API Gateway, so it serves nothing.',
      fix: 'Connect {{loadBalancer}} to the workload it should route to, or remove it.',
    },
    ja: {
      message:
        'ロードバランサー {{loadBalancer}} はどのワークロードにも API Gateway にも接続されていないため、何も提供しません。',
      fix: '{{loadBalancer}} をルーティング先のワークロードに接続するか、削除してください。',
    },
  },
  check(index) {
    return index
      .loadBalancers()
      .filter((lb) => index.targetsOf(lb, 'workload').length === 0 && index.sourcesOf(lb, 'api-gateway').length === 0)
      .map((lb) => ({ partIds: [lb.id], params: { loadBalancer: lb.name } }));
  },
});
