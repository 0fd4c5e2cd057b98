import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';

/**
 * A Fargate profile that lists no subnets gets the cluster's private subnets from EKS. eksctl passes the
 * profile's own `subnets` as they are (pkg/fargate/create.go), and the VPCs eksctl builds always have private
 * subnets, but a cluster in an existing VPC given public subnets only has none: EKS then refuses the profile
 * (eksctl issue #2746).
 */
export const noPrivateSubnets = defineRule({
  id: 'fargate.no-private-subnets',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateFargateProfile.html',
  text: {
    en: {
      message:
        'Fargate profile {{profile}} lists no subnets, so EKS uses the private subnets of cluster {{cluster}}, but its subnets ({{subnets}}) are all public; EKS refuses the profile ("No subnets were given, and the subnets provided during cluster creation are all public").',
      fix: 'Add private subnets (with a NAT gateway or VPC endpoints for egress) to the VPC of {{cluster}} and list them under vpc.subnets.private, or give {{profile}} private subnets of its own.',
    },
    ja: {
      message:
        'Fargate プロファイル {{profile}} にはサブネットの指定がないため EKS はクラスター {{cluster}} のプライベートサブネットを使いますが、そのサブネット（{{subnets}}）はすべてパブリックです。EKS はこのプロファイルを拒否します（「No subnets were given, and the subnets provided during cluster creation are all public」）。',
      fix: '{{cluster}} の VPC にプライベートサブネット（NAT ゲートウェイまたは VPC エンドポイントで外部に出られるもの）を追加して vpc.subnets.private に指定するか、{{profile}} に専用のプライベートサブネットを指定してください。',
    },
  },
  check(index) {
    // Indexed loops, not flatMap or for...of: every profile, every validation.
    const findings: Finding[] = [];
    const profiles = index.ofKind('fargate-profile');
    for (let i = 0; i < profiles.length; i++) {
      const fp = profiles[i]!;
      if (fp.props.subnetIds.length > 0) continue;
      const cluster = index.clusterOf(fp);
      const vpc = cluster && index.vpcOf(cluster);
      // A VPC eksctl builds always has private subnets; only an existing VPC's subnets are the config's to give.
      // A fully-private cluster without private subnets is refused before (eksctl.private-cluster-existing-vpc-subnets).
      if (!cluster || !vpc || isFullyPrivateCluster(cluster) || !index.isExistingVpc(vpc)) continue;
      const subnets = index.childrenOfKind(vpc, 'subnet');
      if (subnets.length === 0) continue;
      let anyPrivate = false;
      for (let k = 0; k < subnets.length && !anyPrivate; k++) anyPrivate = subnets[k]!.props.access === 'private';
      if (anyPrivate) continue;
      findings.push({
        partIds: [fp.id, cluster.id, ...subnets.map((s) => s.id)],
        params: { profile: fp.name, cluster: cluster.name, subnets: subnets.map((s) => s.name).join(', ') },
      });
    }
    return findings;
  },
});
