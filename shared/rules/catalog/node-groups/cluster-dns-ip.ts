import { parseIpv4 } from '../../../util/cidr.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups } from './config-node-groups.js';

/** Colon-hexadecimal IPv6 (with at most one `::`, an optional dotted IPv4 tail), as Go's net.ParseIP takes it. */
const IPV6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}$/;

function isIpv6(text: string): boolean {
  if (!IPV6.test(text)) return false;
  const double = text.indexOf('::');
  if (double !== -1 && text.indexOf('::', double + 1) !== -1) return false;
  const groups = text.split(':');
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    if (group.includes('.')) {
      // A dotted IPv4 tail stands for the last two groups.
      if (i !== groups.length - 1 || parseIpv4(group) === undefined) return false;
      count += 2;
    } else if (group.length > 4 || /\./.test(group)) return false;
    else if (group !== '') count++;
    else if (double === -1) return false; // an empty group only inside "::"
  }
  return double === -1 ? count === 8 : count < 8;
}

/**
 * `nodeGroups[].clusterDNS` becomes the kubelet's clusterDNS (nodeadm's NodeConfig on AL2023, Bottlerocket's
 * settings.kubernetes.cluster-dns-ip, the bootstrap's DNS cluster IP elsewhere) without a check by eksctl; the
 * kubelet takes IP addresses only, so with a name there the nodes never become Ready.
 */
export const clusterDnsIp = defineConfigRule({
  id: 'ng.cluster-dns-ip',
  severity: 'error',
  area: 'node-groups',
  source: 'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} gives clusterDNS "{{value}}", which is not an IP address: eksctl passes it to the kubelet unchecked, and the kubelet takes only IP addresses there, so the nodes do not become Ready.',
      fix: "Set clusterDNS of {{nodeGroup}} to an IP address: kube-dns's ClusterIP (the tenth address of the service CIDR, e.g. 10.100.0.10 or 172.20.0.10) or NodeLocal DNSCache's 169.254.20.10; or leave it out for the default.",
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} の clusterDNS「{{value}}」は IP アドレスではありません。eksctl は確認せずに kubelet に渡し、kubelet はここに IP アドレスしか受け付けないため、ノードが Ready になりません。',
      fix: '{{nodeGroup}} の clusterDNS には IP アドレス (kube-dns の ClusterIP。サービス CIDR の 10 番目のアドレス、例: 10.100.0.10 や 172.20.0.10。または「NodeLocal DNSCache」の 169.254.20.10) を指定するか、省略してデフォルト値を使ってください。',
    },
  },
  needs: ['nodeGroups[].clusterDNS'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      const value: unknown = group.ng['clusterDNS'];
      if (typeof value !== 'string' || value === '' || parseIpv4(value) !== undefined || isIpv6(value)) continue;
      out.push({ path: group.at('clusterDNS'), params: { nodeGroup: group.name, value } });
    }
    return out;
  },
});
