import { defineConfigRule } from '../../config-rule.js';
import { hasAnySubnets, stringList } from '../../facts/config-network.js';

/** eksctl-rules.md #12: subnets given in the config and a top-level availabilityZones list exclude each other. */
export const subnetsWithAvailabilityZones = defineConfigRule({
  id: 'eksctl.subnets-with-availability-zones',
  severity: 'error',
  area: 'vpc',
  eksctl: [12],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists subnets under vpc.subnets and also availabilityZones ({{zones}}); eksctl refuses it ("vpc.subnets and availabilityZones cannot be set at the same time").',
      fix: "Remove availabilityZones from the config of {{cluster}}: with subnets given, their zones are the cluster's zones.",
    },
    ja: {
      message:
        'クラスター {{cluster}} は vpc.subnets にサブネットを指定し、さらに availabilityZones（{{zones}}）も指定しています。eksctl はこれを拒否します（「vpc.subnets and availabilityZones cannot be set at the same time」）。',
      fix: '{{cluster}} の設定から availabilityZones を削除してください。サブネットを指定した場合は、そのサブネットのゾーンがクラスターのゾーンになります。',
    },
  },
  needs: ['vpc.subnets'],
  checkConfig({ config }) {
    const zones = stringList(config.availabilityZones);
    if (!Array.isArray(config.availabilityZones) || config.availabilityZones.length === 0 || !hasAnySubnets(config)) return [];
    return [{ path: ['availabilityZones'], params: { zones: zones.join(', ') } }];
  },
});
