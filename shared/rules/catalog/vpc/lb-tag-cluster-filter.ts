import { defineRule } from '../../define.js';

const CLUSTER_TAG_PREFIX = 'kubernetes.io/cluster/';

/**
 * The cluster names of a subnet's `kubernetes.io/cluster/<name>` tags, in tag order. A loop rather than
 * filter + map: every subnet of every VPC with load balancers, on every validation.
 */
function taggedClusters(tags: Readonly<Record<string, string>>): string[] {
  const names: string[] = [];
  for (const key of Object.keys(tags)) if (key.startsWith(CLUSTER_TAG_PREFIX)) names.push(key.slice(CLUSTER_TAG_PREFIX.length));
  return names;
}

export const lbTagClusterFilter = defineRule({
  id: 'vpc.lb-tag-cluster-filter',
  severity: 'info',
  area: 'vpc',
  source: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/',
  text: {
    en: {
      message:
        'Subnet {{subnet}} is tagged for cluster {{tagged}} but not for {{cluster}}; the AWS Load Balancer Controller of {{cluster}} filters it out and will not place load balancers in it.',
      fix: 'Add the tag kubernetes.io/cluster/{{cluster}} = shared to subnet {{subnet}}, or remove the tag of the other cluster.',
    },
    ja: {
      message:
        'サブネット {{subnet}} にはクラスター {{tagged}} 用のタグがあり {{cluster}} 用のタグがないため、{{cluster}} の AWS Load Balancer Controller はこのサブネットを除外し、ロードバランサーを配置しません。',
      fix: 'サブネット {{subnet}} にタグ kubernetes.io/cluster/{{cluster}} = shared を追加するか、他のクラスターのタグを外してください。',
    },
  },
  check(index) {
    return index.ofKind('vpc').flatMap((vpc) => {
      // Only clusters that place load balancers in the VPC care which subnets the filter keeps.
      const hasLoadBalancers = index.childrenOfKind(vpc, 'alb').length + index.childrenOfKind(vpc, 'nlb').length > 0;
      const clusters = index
        .childrenOfKind(vpc, 'cluster')
        .filter((c) => hasLoadBalancers || c.props.addons.awsLoadBalancerController);
      if (clusters.length === 0) return [];
      return index.childrenOfKind(vpc, 'subnet').flatMap((s) => {
        const tagged = taggedClusters(s.props.tags);
        if (tagged.length === 0) return [];
        return clusters
          .filter((c) => !tagged.includes(c.name))
          .map((c) => ({ partIds: [s.id, c.id], params: { subnet: s.name, tagged: tagged.join(', '), cluster: c.name } }));
      });
    });
  },
});
