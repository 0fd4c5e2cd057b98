import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/**
 * A Service of type LoadBalancer makes AWS create a load balancer whether or not one is drawn. Without a drawn NLB
 * the manifests carry none of its settings, so it gets the defaults of whatever reconciles the Service: the AWS Load
 * Balancer Controller (its webhook gives every LoadBalancer Service its class) and EKS Auto Mode create an internal
 * NLB with instance targets; without either, Kubernetes' AWS cloud provider creates a Classic Load Balancer. Either
 * way the design shows, costs and checks no such load balancer, and an internal one is not what a user who wanted
 * traffic from the internet drew.
 */
export const serviceLoadBalancerUndrawn = defineRule({
  id: 'lb.service-load-balancer-undrawn',
  severity: 'warning',
  area: 'load-balancing',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/nlb/',
  text: {
    en: {
      message:
        'Workload {{workload}} has a Service of type LoadBalancer but no NLB drawn in front of it, so AWS creates a load balancer the design neither shows nor costs: an internal NLB with instance targets (the defaults of the AWS Load Balancer Controller and of EKS Auto Mode), or without them a Classic Load Balancer.',
      fix: 'Draw an NLB in front of {{workload}}, whose scheme and target type then go in the Service, or set the Service type of {{workload}} to ClusterIP (NodePort behind an ALB with instance targets).',
    },
    ja: {
      message:
        'ワークロード {{workload}} の Service は LoadBalancer タイプですが、その前に NLB が描かれていません。AWS は設計に表示もコストの計上もされないロードバランサーを作成します。AWS Load Balancer Controller と EKS Auto Mode のデフォルトでは、インスタンスターゲットの内部 NLB、どちらもなければ Classic Load Balancer です。',
      fix: '{{workload}} の前に NLB を描く（そのスキームとターゲットタイプが Service に入ります）か、{{workload}} の Service タイプを ClusterIP（インスタンスターゲットの ALB の背後なら NodePort）にしてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const w = workloads[i]!;
      const { props } = w;
      if (props.serviceType !== 'LoadBalancer' || props.port === 0) continue;
      // Jobs and CronJobs get no Service (shared/manifests: hasService).
      if (props.workloadKind === 'Job' || props.workloadKind === 'CronJob') continue;
      if (index.sourcesOf(w, 'nlb').length > 0) continue;
      findings.push({ partIds: [w.id], params: { workload: w.name } });
    }
    return findings;
  },
});
