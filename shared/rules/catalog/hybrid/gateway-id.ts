import { defineRule } from '../../define.js';

export const gatewayId = defineRule({
  id: 'eksctl.hybrid-gateway-id',
  severity: 'error',
  area: 'hybrid',
  eksctl: [82],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'The VPC gateway id of on-premises network {{network}} is "{{gatewayId}}"; eksctl accepts only a transit gateway (tgw-...) or virtual private gateway (vgw-...) id.',
      fix: 'Enter the id of the transit gateway or virtual private gateway that links {{network}} to the VPC, or leave it empty.',
    },
    ja: {
      message:
        'オンプレミスネットワーク {{network}} の VPC ゲートウェイ ID は「{{gatewayId}}」です。eksctl が受け付けるのはトランジットゲートウェイ（tgw-...）か仮想プライベートゲートウェイ（vgw-...）の ID だけです。',
      fix: '{{network}} を VPC に接続するトランジットゲートウェイまたは仮想プライベートゲートウェイの ID を入力するか、空にしてください。',
    },
  },
  check(index) {
    return index
      .ofKind('on-prem-network')
      .filter((n) => n.props.vpcGatewayId !== '' && !/^(tgw|vgw)-/.test(n.props.vpcGatewayId))
      .map((n) => ({ partIds: [n.id], params: { network: n.name, gatewayId: n.props.vpcGatewayId } }));
  },
});
