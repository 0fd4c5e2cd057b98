import { defineRule } from '../../define.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';

export const nlbMultiAz = defineRule({
  id: 'apigw.nlb-multi-az',
  severity: 'warning',
  area: 'api-gateway',
  source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/vpc-links-v1.html',
  text: {
    en: {
      message:
        'Network Load Balancer {{lb}} behind API Gateway {{api}} routes to targets in only one Availability Zone ({{az}}); API Gateway recommends targets in more than one AZ for availability.',
      fix: 'Spread the target pods over Availability Zones: run at least two replicas on nodes or Fargate subnets in two or more AZs.',
    },
    ja: {
      message:
        'API Gateway {{api}} の背後のネットワークロードバランサー（NLB）{{lb}} のターゲットは 1 つのアベイラビリティーゾーン（{{az}}）にしかありません。API Gateway は可用性のため複数の AZ にターゲットを置くことを推奨しています。',
      fix: 'ターゲットの Pod を複数のアベイラビリティーゾーンに分散させてください（2 つ以上の AZ のノードまたは Fargate のサブネットで 2 つ以上のレプリカを動かす）。',
    },
  },
  check(index) {
    return index.ofKind('api-gateway').flatMap((api) =>
      index.targetsOf(api, 'nlb').flatMap((nlb) => {
        const azs = targetAzs(index, nlb);
        if (azs === undefined || azs.size !== 1) return [];
        return [{ partIds: [nlb.id, api.id], params: { lb: nlb.name, api: api.name, az: [...azs][0]! } }];
      }),
    );
  },
});

/** AZs the NLB's target pods can run in; undefined when no target has a known placement. */
function targetAzs(index: DesignIndex, nlb: PartOf<'nlb'>): Set<string> | undefined {
  const azs = new Set<string>();
  let known = false;
  for (const w of index.targetsOf(nlb, 'workload')) {
    const placement = index.placementOf(w);
    const subnets =
      placement.on === 'node-group'
        ? index.nodeGroupSubnets(placement.nodeGroup)
        : placement.on === 'fargate'
          ? index.fargateSubnets(placement.profile)
          : [];
    if (subnets.length === 0) continue;
    known = true;
    const placeAzs = [...new Set(subnets.map((s) => s.availabilityZone))].sort();
    // A single pod is in one AZ, whatever the node group spans; DaemonSets run on every node.
    const pods = w.props.workloadKind === 'DaemonSet' ? Infinity : (w.props.hpa?.minReplicas ?? w.props.replicas);
    placeAzs.slice(0, Math.max(1, Math.min(pods, placeAzs.length))).forEach((az) => azs.add(az));
  }
  return known ? azs : undefined;
}
