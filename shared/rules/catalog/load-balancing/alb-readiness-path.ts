import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/**
 * Without a readiness path the generated Deployment has no readiness probe and the ALB's target group
 * health-checks `/` (the AWS Load Balancer Controller's default): pods get requests as soon as their
 * container starts, and an app that answers `/` with a redirect or 404 is marked unhealthy.
 */
export const albReadinessPath = defineRule({
  id: 'lb.alb-readiness-path',
  severity: 'warning',
  area: 'load-balancing',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#healthcheck-path',
  text: {
    en: {
      message:
        'Workload {{workload}} is behind Application Load Balancer {{loadBalancer}} but has no readiness path: its pods get no readiness probe, so they receive requests before they are ready, and the ALB health-checks / instead of a path the app answers.',
      fix: 'Set the readiness path of {{workload}} (e.g. /healthz): the manifests then add a readiness probe and the ALB health-check path.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は Application Load Balancer {{loadBalancer}} の背後にありますが、レディネスパスがありません。Pod にレディネスプローブが付かないため準備が整う前にリクエストを受け、ALB はアプリが応答するパスではなく / をヘルスチェックします。',
      fix: '{{workload}} のレディネスパス（例: /healthz）を設定してください。マニフェストにレディネスプローブと ALB のヘルスチェックパスが追加されます。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const alb of index.ofKind('alb')) {
      for (const workload of index.targetsOf(alb, 'workload')) {
        // Without a port nothing is routed at all: lb.routes-to-nothing's concern, not this one.
        if (workload.props.port === 0 || workload.props.readinessPath.trim() !== '') continue;
        findings.push({ partIds: [workload.id, alb.id], params: { workload: workload.name, loadBalancer: alb.name } });
      }
    }
    return findings;
  },
});
