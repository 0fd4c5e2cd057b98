import { defineRule } from '../../define.js';
import { defineViewFact } from '../../config-view.js';
import { EKSCTL_PRIVATE_ENDPOINTS, isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { endpointNeeds, endpointsEksctlCreates, vpcListsEndpoint } from '../../../model/private-endpoints.js';

/** The finding about one cluster's view, worked out while the engine holds that view. */
const missingEndpoints = defineViewFact(({ cluster, config }, index) => {
  if (!isFullyPrivateCluster(cluster) || config.privateCluster?.enabled !== true) return [];
  const vpc = index.vpcOf(cluster);
  const logging: unknown = config.cloudWatch?.clusterLogging?.enableTypes;
  const skip = config.privateCluster.skipEndpointCreation === true;
  const created = [
    ...endpointsEksctlCreates({
      additional: Array.isArray(config.privateCluster.additionalEndpointServices)
        ? config.privateCluster.additionalEndpointServices
        : [],
      skipEndpointCreation: skip,
      controlPlaneLogging: Array.isArray(logging) && logging.length > 0,
    }),
    // skipEndpointCreation is the config saying the endpoints eksctl requires already exist (eksctl's
    // private-cluster docs: set it when they do); only the services the design's controllers add are in doubt.
    ...(skip ? EKSCTL_PRIVATE_ENDPOINTS : []),
  ];
  const missing = endpointNeeds(index, cluster).filter((n) => !created.includes(n.service) && !vpcListsEndpoint(vpc, n.service));
  if (missing.length === 0) return [];
  const users = [...new Set(missing.flatMap((n) => n.users))];
  return [
    {
      partIds: [cluster.id, ...(vpc ? [vpc.id] : [])],
      params: {
        cluster: cluster.name,
        region: cluster.props.region,
        missing: missing.map((n) => n.service).join(', '),
        users: users.join(', '),
      },
    },
  ];
});

/**
 * The VPC endpoints a fully-private cluster's nodes and controllers call that neither eksctl creates (its
 * required ones, `privateCluster.additionalEndpointServices`, logs with control-plane logging; none with
 * `skipEndpointCreation`, which says eksctl's required ones exist already) nor the VPC lists (`vpcEndpoints`), for a
 * VPC eksctl builds or an existing one. In an existing VPC eksctl removes no route, so a NAT gateway there may still
 * carry those calls: the message says so rather than assert they fail.
 */
export const fullyPrivateEndpoints = defineRule({
  id: 'network.fully-private-endpoints',
  severity: 'warning',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private, and eksctl does not create the VPC endpoints for {{missing}}, needed by {{users}}: without them their calls to those services fail, unless the cluster is in an existing VPC whose subnets still route to a NAT gateway (eksctl removes no route there).',
      fix: "Create the interface endpoints com.amazonaws.{{region}}.<service> for {{missing}} in the VPC (the exported YAML lists them) and add them to the VPC part's VPC endpoints.",
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートですが、{{users}} が呼び出す VPC エンドポイント {{missing}} を eksctl は作成しません。これらがないと呼び出しは失敗します（既存の VPC 内のクラスターで、サブネットが引き続き NAT ゲートウェイにルーティングされている場合を除きます。eksctl はそこでルートを削除しません）。',
      fix: '{{missing}} のインターフェイスエンドポイント com.amazonaws.{{region}}.<service> を VPC に作成し (エクスポートした YAML に一覧があります)、VPC パーツの VPC エンドポイントに追加してください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => missingEndpoints(index, cluster.id) ?? []);
  },
});
