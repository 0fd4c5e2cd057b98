import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import type { PartOf } from '../../../model/parts.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineViewFact } from '../../config-view.js';
import { hasVpcEndpoint, privateComputeSubnets, subnetLabel } from '../../facts/network.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';

/** Endpoints nodes need at minimum to join and pull images without internet egress (ECR API, ECR Docker, S3 layers). */
export const EGRESS_ENDPOINTS = ['ecr.api', 'ecr.dkr', 's3'] as const;

export const privateSubnetEgress = defineRule({
  id: 'vpc.private-subnet-egress',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'Private subnets {{subnets}} of VPC {{vpc}} run nodes or Fargate pods but have no NAT gateway and no VPC endpoints for {{missing}}: images cannot be pulled and nodes may not join the cluster.',
      fix: 'Turn on a NAT gateway for VPC {{vpc}} (one per Availability Zone), or add the VPC endpoints {{missing}} (plus sts, ec2, logs and elasticloadbalancing as used).',
    },
    ja: {
      message:
        'VPC {{vpc}} のプライベートサブネット {{subnets}} ではワーカーノードまたは Fargate の Pod が動きますが、NAT ゲートウェイも {{missing}} の VPC エンドポイントもありません。イメージを取得できず、ノードがクラスターに参加できない可能性があります。',
      fix: 'VPC {{vpc}} の NAT ゲートウェイを有効にする（アベイラビリティーゾーンごとに 1 つ）か、VPC エンドポイント {{missing}}（必要に応じて sts、ec2、logs、elasticloadbalancing も）を追加してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      if (hasEgress(vpc, index.subnetsCreatedByEksctl(vpc))) continue;
      // Endpoints listed on a VPC eksctl creates are not there when its nodes boot: eksctl creates none for a
      // cluster that is not fully private, and its config has no field for them (an import of the export lists
      // none). Only an existing VPC's endpoints count.
      const listed = index.isExistingVpc(vpc);
      const missing = EGRESS_ENDPOINTS.filter((e) => !(listed && hasVpcEndpoint(vpc, e)));
      if (missing.length === 0) continue;
      // eksctl creates the endpoints of fully-private clusters (in an existing VPC too, unless
      // skipEndpointCreation says they are there already); IPv6 subnets egress through an egress-only gateway.
      const uses = privateComputeSubnets(
        index,
        vpc,
        (c) => !isFullyPrivateCluster(c) && !exportsPrivateCluster(index, c) && c.props.ipFamily === 'IPv4',
      );
      if (uses.length === 0) continue;
      const subnetIds = uses.flatMap((u) => (u.subnet.part ? [u.subnet.part.id] : []));
      const userIds = [...new Set(uses.flatMap((u) => u.users.map((p) => p.id)))];
      findings.push({
        partIds: [...subnetIds, vpc.id, ...userIds],
        params: { vpc: vpc.name, subnets: uses.map((u) => subnetLabel(u.subnet)).join(', '), missing: missing.join(', ') },
      });
    }
    return findings;
  },
});

/**
 * A NAT gateway gives egress only with an internet gateway; eksctl always adds one to the VPCs it lays out.
 * An unknown NAT setting (`null`: an existing VPC whose egress the design does not describe, e.g. a route to a
 * NAT in a shared egress VPC behind a transit gateway) is not a missing one: the rule cannot tell, so it passes.
 */
function hasEgress(vpc: PartOf<'vpc'>, eksctlLayout: boolean): boolean {
  if (vpc.props.natGateway === null) return true;
  return vpc.props.natGateway !== 'Disable' && (eksctlLayout || vpc.props.internetGateway);
}

/** Whether the cluster's exported config has `privateCluster.enabled` (e.g. an imported existing VPC). */
function exportsPrivateCluster(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  return privateClusterEnabled(index, cluster.id) === true;
}

const privateClusterEnabled = defineViewFact((view) => view.config.privateCluster?.enabled === true);
