import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #30: a fully-private cluster in an existing VPC must name its private subnets. */
export const privateClusterExistingVpcSubnets = defineConfigRule({
  id: 'eksctl.private-cluster-existing-vpc-subnets',
  severity: 'error',
  area: 'cluster',
  eksctl: [30],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private in an existing VPC but lists no private subnets; eksctl refuses it ("vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied").',
      fix: 'Add the existing private subnets (at least two, in different AZs) to the VPC of {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は既存 VPC 内の完全プライベートクラスターですが、プライベートサブネットを指定していません。eksctl はこれを拒否します (「vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied」)。',
      fix: '{{cluster}} の VPC に既存のプライベートサブネット (異なる AZ に 2 つ以上) を追加してください。',
    },
  },
  needs: ['privateCluster'],
  checkConfig({ config }) {
    if (config.privateCluster?.enabled !== true) return [];
    const vpc = config.vpc;
    if (typeof vpc?.id !== 'string' || vpc.id === '') return [];
    const priv: unknown = vpc.subnets?.private;
    if (typeof priv === 'object' && priv !== null && Object.keys(priv).length > 0) return [];
    return [{ path: ['vpc', 'subnets'] }];
  },
});
