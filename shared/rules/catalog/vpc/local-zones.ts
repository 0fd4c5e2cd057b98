import { defineConfigRule } from '../../config-rule.js';
import type { ConfigFinding } from '../../config-rule.js';
import { isIpv6, nonEmpty, stringList } from '../../facts/config-network.js';

/**
 * eksctl-rules.md #14: what eksctl refuses with Local Zones (v1alpha5/validation.go:ValidateVPCConfig,
 * ValidateNodeGroup). The fully-private and Outposts cases are eksctl-rules.md #32 and #88.
 */
export const localZones = defineConfigRule({
  id: 'eksctl.local-zones',
  severity: 'error',
  area: 'vpc',
  eksctl: [14],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'Cluster {{cluster}} sets {{path}} together with {{with}}; eksctl refuses it ("{{eksctl}}").',
      fix: 'Remove {{path}} from {{cluster}}, or remove {{with}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は {{path}} と {{with}} を同時に設定しています。eksctl はこれを拒否します（「{{eksctl}}」）。',
      fix: '{{cluster}} から {{path}} を削除するか、{{with}} を削除してください。',
    },
  },
  needs: ['localZones', 'nodeGroups'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    if (stringList(config.localZones).length > 0) {
      const at = ['localZones'];
      if (nonEmpty(config.vpc?.id))
        out.push({ path: at, params: { with: 'vpc.id', eksctl: 'localZones are not supported with a pre-existing VPC' } });
      if (config.vpc?.nat?.gateway === 'HighlyAvailable')
        out.push({
          path: at,
          params: {
            with: 'vpc.nat.gateway: HighlyAvailable',
            eksctl: 'HighlyAvailable NAT gateway is not supported for localZones',
          },
        });
      if (isIpv6(config))
        out.push({ path: at, params: { with: 'ipFamily: IPv6', eksctl: 'localZones are not supported with IPv6' } });
    }
    const groups: unknown = config.nodeGroups;
    if (Array.isArray(groups))
      groups.forEach((ng: { localZones?: unknown; availabilityZones?: unknown } | null, i) => {
        if (stringList(ng?.localZones).length > 0 && stringList(ng?.availabilityZones).length > 0)
          out.push({
            path: ['nodeGroups', i, 'localZones'],
            params: {
              with: `nodeGroups[${i}].availabilityZones`,
              eksctl: 'cannot specify both localZones and availabilityZones',
            },
          });
      });
    return out;
  },
});
