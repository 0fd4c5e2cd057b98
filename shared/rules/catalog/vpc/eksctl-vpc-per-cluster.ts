import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { EKSCTL_DEFAULT_VPC_CIDR } from '../../../model/eksctl-subnet-split.js';

/**
 * eksctl builds a VPC in each cluster's own CloudFormation stack unless the config names an existing one
 * (`vpc.id`): pkg/cfn/builder/cluster.go adds the VPC resources whenever `vpc.id` is empty ("dedicated VPC")
 * (https://eksctl.io/usage/vpc-configuration/, "By default eksctl create cluster will create a dedicated VPC
 * for the cluster"). Two clusters drawn in one VPC that eksctl creates therefore each get a VPC of their own,
 * with the same CIDR: every export works, but not as drawn (no shared NAT gateways, load balancers or
 * addresses, and VPCs with the same CIDR cannot be peered).
 */
export const eksctlVpcPerCluster = defineRule({
  id: 'vpc.eksctl-vpc-per-cluster',
  severity: 'warning',
  area: 'vpc',
  source: 'https://eksctl.io/usage/vpc-configuration/',
  text: {
    en: {
      message:
        'VPC {{vpc}} holds clusters {{clusters}}, and eksctl creates it: eksctl creates a dedicated VPC for every cluster whose config has no vpc.id, so these clusters get separate VPCs, each with the CIDR {{cidr}}, not the one VPC drawn (no shared NAT gateways, load balancers or addresses, and VPCs with the same CIDR cannot be peered).',
      fix: 'To share one VPC, create it first (for example with the first cluster) and enter its VPC id and subnet ids in {{vpc}}; or draw each cluster in a VPC of its own with its own CIDR.',
    },
    ja: {
      message:
        'VPC {{vpc}} にはクラスター {{clusters}} があり、この VPC は eksctl が作成します。eksctl は vpc.id のない設定のクラスターごとに専用の VPC を作成するため、これらのクラスターは描かれた 1 つの VPC を共有せず、それぞれ CIDR {{cidr}} の別々の VPC に作成されます（NAT ゲートウェイ、ロードバランサー、アドレスは共有されず、同じ CIDR の VPC はピアリングできません）。',
      fix: '1 つの VPC を共有するには、先に VPC を作成し（例: 最初のクラスターと一緒に）、{{vpc}} にその VPC ID とサブネット ID を入力してください。または、クラスターごとに別の CIDR の VPC を描いてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      if (index.isExistingVpc(vpc)) continue;
      const clusters = index.childrenOfKind(vpc, 'cluster');
      if (clusters.length < 2) continue;
      findings.push({
        partIds: [vpc.id, ...clusters.map((c) => c.id)],
        params: {
          vpc: vpc.name,
          clusters: clusters.map((c) => c.name).join(', '),
          cidr: vpc.props.cidr === '' ? EKSCTL_DEFAULT_VPC_CIDR : vpc.props.cidr,
        },
      });
    }
    return findings;
  },
});
