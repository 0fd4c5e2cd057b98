import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';
import { controlPlaneOutpost } from '../node-groups/config-node-groups.js';

/**
 * eksctl-rules.md #26, the warning half: a private-only API endpoint (`vpc.clusterEndpoints` with public access
 * off, outside a fully-private cluster, whose endpoint eksctl opens during creation and closes at the end) is
 * created that way from the start (pkg/cfn/builder/cluster.go), so `eksctl create cluster` reaches the
 * Kubernetes API only from where the private endpoint is routable. Run from elsewhere, it creates the control
 * plane and the node groups, then fails waiting for the nodes (pkg/ctl/create/cluster.go, eks.WaitForNodes),
 * before the add-ons it installs after the node groups, the Pod Identity associations and Karpenter. eksctl
 * only warns (api.ErrClusterEndpointPrivateOnly); the design is fine when eksctl runs in the VPC, hence info.
 */
export const endpointPrivateOnlyEksctl = defineConfigRule({
  id: 'cluster.endpoint-private-only-eksctl',
  severity: 'info',
  area: 'cluster',
  eksctl: [26],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  needs: ['vpc.clusterEndpoints.publicAccess'],
  text: {
    en: {
      message:
        'Cluster {{cluster}} has public access to its API endpoint off, so `eksctl create cluster` must run where the private endpoint is reachable (in the VPC, or a network connected to it that resolves the endpoint). Run from elsewhere, it creates the control plane and node groups, then fails waiting for the nodes, before the add-ons it installs after them, the Pod Identity associations and Karpenter. eksctl warns: "having public access disallowed will subsequently interfere with some features of eksctl".',
      fix: 'Run eksctl for {{cluster}} from inside the VPC or a connected network, or create it with public access on (limited to your addresses) and turn public access off afterwards with `eksctl utils update-cluster-vpc-config --private-access=true --public-access=false`.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は API エンドポイントのパブリックアクセスが無効なため、`eksctl create cluster` はプライベートエンドポイントに到達できる場所（VPC 内、またはエンドポイントを名前解決できる接続済みのネットワーク）で実行する必要があります。それ以外の場所で実行すると、コントロールプレーンとノードグループを作成した後、ノードの待機で失敗し、その後にインストールするアドオン、Pod Identity の関連付け、Karpenter は作成されません。eksctl の警告: 「having public access disallowed will subsequently interfere with some features of eksctl」。',
      fix: '{{cluster}} の eksctl は VPC 内または接続済みのネットワークから実行するか、パブリックアクセスを有効にして（自分のアドレス範囲に限定して）作成し、その後 `eksctl utils update-cluster-vpc-config --private-access=true --public-access=false` でパブリックアクセスを無効にしてください。',
    },
  },
  checkConfig({ config, cluster }) {
    const vpc: unknown = config.vpc;
    if (!isObj(vpc)) return [];
    const endpoints = vpc['clusterEndpoints'];
    if (!isObj(endpoints) || endpoints['publicAccess'] !== false || endpoints['privateAccess'] !== true) return [];
    // A fully-private cluster may not set clusterEndpoints at all (eksctl.private-cluster-no-endpoints).
    const privateCluster: unknown = config.privateCluster;
    if (isObj(privateCluster) && privateCluster['enabled'] === true) return [];
    // eksctl does not warn for a control plane on Outposts, which is reached through the local gateway anyway.
    if (controlPlaneOutpost(config) !== undefined) return [];
    // The endpoint is drawn on the cluster; eksctl keeps it under vpc, whose path points at the VPC.
    return [{ path: ['vpc', 'clusterEndpoints', 'publicAccess'], alsoParts: [cluster.id] }];
  },
});
