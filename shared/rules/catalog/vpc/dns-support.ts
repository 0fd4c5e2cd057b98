import { defineRule } from '../../define.js';
import { findingPart, patchProps } from '../../fix-edits.js';

export const dnsSupport = defineRule({
  id: 'vpc.dns-support',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#network-requirements-vpc',
  text: {
    en: {
      message:
        'VPC {{vpc}} has {{attributes}} turned off. EKS needs DNS resolution and DNS hostnames enabled on the VPC; otherwise nodes cannot register, and the private endpoint and Fargate do not work.',
      fix: 'Enable both DNS attributes (enableDnsSupport and enableDnsHostnames) of VPC {{vpc}}; its DHCP options must include AmazonProvidedDNS for the private endpoint.',
    },
    ja: {
      message:
        'VPC {{vpc}} の {{attributes}} が無効です。EKS では VPC の DNS 解決と DNS ホスト名の両方が有効である必要があり、無効だとワーカーノードが登録できず、プライベートエンドポイントと Fargate も動作しません。',
      fix: 'VPC {{vpc}} の 2 つの DNS 属性（enableDnsSupport と enableDnsHostnames）を有効にしてください。プライベートエンドポイントには DHCP オプションに AmazonProvidedDNS が必要です。',
    },
  },
  check(index) {
    return index.ofKind('vpc').flatMap((vpc) => {
      const off = [
        ...(vpc.props.enableDnsSupport ? [] : ['enableDnsSupport']),
        ...(vpc.props.enableDnsHostnames ? [] : ['enableDnsHostnames']),
      ];
      return off.length === 0 ? [] : [{ partIds: [vpc.id], params: { vpc: vpc.name, attributes: off.join(', ') } }];
    });
  },
  fix: (design, d) =>
    patchProps(design, findingPart(design, d, 'vpc'), (props) =>
      props.enableDnsSupport && props.enableDnsHostnames ? props : { ...props, enableDnsSupport: true, enableDnsHostnames: true },
    ),
});
