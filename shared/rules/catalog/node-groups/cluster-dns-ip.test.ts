import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { clusterDnsIp as rule } from './cluster-dns-ip.js';

const ng = (clusterDNS: string) => ({ name: 'ng', instanceType: 'm6i.large', clusterDNS });

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: clusterDNS set to kube-dns's service name got no finding; the
  // kubelet takes IP addresses only and the nodes never become Ready.
  it('flags names, CIDRs and malformed addresses', () => {
    const config = { nodeGroups: [ng('kube-dns.kube-system.svc'), ng('10.100.0.10/32'), ng('10.100.0.256'), ng('fd00::10::1')] };
    expect(findingsFor(rule, config).map((f) => [f.configPath, f.params?.['value']])).toEqual([
      ['nodeGroups[0].clusterDNS', 'kube-dns.kube-system.svc'],
      ['nodeGroups[1].clusterDNS', '10.100.0.10/32'],
      ['nodeGroups[2].clusterDNS', '10.100.0.256'],
      ['nodeGroups[3].clusterDNS', 'fd00::10::1'],
    ]);
  });

  it('passes IPv4 and IPv6 addresses and the baseline', () => {
    const config = { nodeGroups: [ng('169.254.20.10'), ng('172.20.0.10'), ng('fd12:3456:789a::a'), ng('2001:db8:0:0:0:0:0:a')] };
    expect(findingsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
