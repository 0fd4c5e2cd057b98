import { defineRule } from '../../define.js';

export const gatewayExistingVpc = defineRule({
  id: 'eksctl.hybrid-gateway-existing-vpc',
  severity: 'error',
  area: 'hybrid',
  eksctl: [82],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'On-premises network {{network}} sets the VPC gateway {{gatewayId}}, but VPC {{vpc}} already exists ({{vpcId}}); eksctl attaches a gateway only to a VPC it creates.',
      fix: 'Clear the VPC gateway id of {{network}} and attach the gateway to {{vpcId}} and route the remote CIDRs to it yourself.',
    },
    ja: {
      message:
        'オンプレミスネットワーク {{network}} は VPC ゲートウェイ {{gatewayId}} を指定していますが、VPC {{vpc}} は既存（{{vpcId}}）です。eksctl がゲートウェイを接続できるのは自分で作成する VPC だけです。',
      fix: '{{network}} の VPC ゲートウェイ ID を空にし、ゲートウェイの {{vpcId}} への接続とリモート CIDR のルートは自分で設定してください。',
    },
  },
  check(index) {
    return index.ofKind('on-prem-network').flatMap((n) => {
      if (n.props.vpcGatewayId === '') return [];
      return index
        .targetsOf(n, 'vpc')
        .filter((vpc) => vpc.props.existingVpcId !== undefined)
        .map((vpc) => ({
          partIds: [n.id, vpc.id],
          params: { network: n.name, gatewayId: n.props.vpcGatewayId, vpc: vpc.name, vpcId: vpc.props.existingVpcId! },
        }));
    });
  },
});
