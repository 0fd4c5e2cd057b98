import { defineRule } from '../../define.js';
import { parseCidr } from '../../../util/cidr.js';

export const cidrSizeRange = defineRule({
  id: 'vpc.cidr-size-range',
  severity: 'error',
  area: 'vpc',
  eksctl: [15],
  source: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html',
  text: {
    en: {
      message:
        '{{name}} has the CIDR block {{cidr}}, but VPC and subnet IPv4 CIDR blocks must be between /16 (65,536 addresses) and /28 (16 addresses).',
      fix: 'Resize the block of {{name}} into the /16-/28 range; add a secondary VPC CIDR when a /16 is not enough.',
    },
    ja: {
      message:
        '{{name}} の CIDR ブロックは {{cidr}} ですが、VPC とサブネットの IPv4 CIDR ブロックは /16（65,536 アドレス）から /28（16 アドレス）の範囲である必要があります。',
      fix: '{{name}} のブロックを /16〜/28 の範囲にしてください。/16 で足りない場合は VPC にセカンダリ CIDR を追加します。',
    },
  },
  check(index) {
    return [...index.ofKind('vpc'), ...index.ofKind('subnet')].flatMap((part) => {
      const cidr = parseCidr(part.props.cidr);
      if (!cidr || (cidr.prefix >= 16 && cidr.prefix <= 28)) return [];
      return [{ partIds: [part.id], params: { name: part.name, cidr: cidr.text } }];
    });
  },
});
