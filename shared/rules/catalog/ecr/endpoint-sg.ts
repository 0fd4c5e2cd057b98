import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { controlPlaneOnOutposts, nonEmpty } from '../../facts/config-network.js';
import { arr, configNodeGroups, obj } from '../node-groups/config-node-groups.js';

/**
 * The interface endpoints eksctl creates for a fully-private cluster (ecr.api, ecr.dkr, sts, ec2, ...) get one
 * security group, the cluster's shared node security group (pkg/cfn/builder/vpc_endpoint.go, clusterSharedSG).
 * The group eksctl creates admits only its own members (IngressInterNodeGroupSG) and the EKS cluster security
 * group (IngressDefaultClusterToNodeSG), and no address range (pkg/cfn/builder/cluster.go). Managed groups always
 * carry the cluster security group (managed_launch_template.go); a self-managed group is in the shared group only
 * through `securityGroups.withShared` (nodegroup.go). So a self-managed group with `withShared: false` and no
 * groups of its own to attach cannot open HTTPS to the endpoints: no image pulls from ECR, no STS, no join.
 * Not judged: a shared node group of the user's (`vpc.sharedNodeSecurityGroup`: its rules are not in the config),
 * endpoints eksctl does not create (`skipEndpointCreation`), attached groups (`attachIDs`: one may be admitted),
 * and Outposts, where eksctl also opens 443 from the private subnets.
 */
export const endpointSg = defineConfigRule({
  id: 'ecr.endpoint-sg',
  severity: 'error',
  area: 'ecr',
  source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} of fully-private cluster {{cluster}} sets securityGroups.withShared: false, so its nodes are outside the shared node security group, the only group eksctl gives the VPC endpoints it creates (ecr.api, ecr.dkr, sts, ec2). That group admits its own members and the cluster security group only, so these nodes cannot reach the ECR endpoints over HTTPS (443): images are not pulled and the nodes do not join.',
      fix: 'Remove securityGroups.withShared: false from {{nodeGroup}} (eksctl then attaches the shared node security group), or attach with securityGroups.attachIDs a security group that the endpoints allow inbound TCP 443 from.',
    },
    ja: {
      message:
        '完全プライベートクラスター {{cluster}} のノードグループ {{nodeGroup}} は securityGroups.withShared: false を指定しているため、そのノードは共有ノードセキュリティグループに入りません。eksctl が作成する VPC エンドポイント（ecr.api、ecr.dkr、sts、ec2）に付くのはこのセキュリティグループだけで、受け入れるのは自身のメンバーとクラスターセキュリティグループだけです。そのためこのノードは HTTPS（443）で ECR のエンドポイントに届かず、イメージを取得できず、クラスターに参加できません。',
      fix: '{{nodeGroup}} から securityGroups.withShared: false を削除する（eksctl が共有ノードセキュリティグループを付けます）か、エンドポイントが TCP 443 のインバウンドを許可するセキュリティグループを securityGroups.attachIDs で付けてください。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    const priv = config.privateCluster;
    if (priv?.enabled !== true || priv.skipEndpointCreation === true) return [];
    if (controlPlaneOnOutposts(config) || nonEmpty(config.vpc?.sharedNodeSecurityGroup) !== undefined) return [];
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (g.managed) continue;
      const sg = obj(g.ng['securityGroups']);
      if (sg['withShared'] !== false || arr(sg['attachIDs']).length > 0) continue;
      out.push({ path: g.at('securityGroups', 'withShared'), params: { nodeGroup: g.name } });
    }
    return out;
  },
});
