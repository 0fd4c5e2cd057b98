import { defineConfigRule } from '../../config-rule.js';
import { controlPlaneOnOutposts, goList, stringList, subnetEntries } from '../../facts/config-network.js';

/** eksctl needs two zones (MinRequiredAvailabilityZones) and two subnets (MinRequiredSubnets). */
const MIN = 2;

/** eksctl-rules.md #21: v1alpha5/validation.go:validateControlPlaneOnPrivateSubnets. */
export const controlPlanePrivateSubnets = defineConfigRule({
  id: 'eksctl.control-plane-private-subnets',
  severity: 'error',
  area: 'vpc',
  eksctl: [21],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} puts its control plane on private subnets (vpc.controlPlaneOnPrivateSubnets), which eksctl refuses here ("{{eksctl}}").',
      fix: 'Give {{cluster}} private subnets in at least two Availability Zones (and no vpc.controlPlaneSubnetIDs), or remove vpc.controlPlaneOnPrivateSubnets.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はコントロールプレーンをプライベートサブネットに置く設定（vpc.controlPlaneOnPrivateSubnets）ですが、この構成では eksctl が拒否します（「{{eksctl}}」）。',
      fix: '{{cluster}} に 2 つ以上のアベイラビリティーゾーンのプライベートサブネットを用意する（vpc.controlPlaneSubnetIDs は指定しない）か、vpc.controlPlaneOnPrivateSubnets を削除してください。',
    },
  },
  needs: ['vpc.controlPlaneOnPrivateSubnets'],
  checkConfig({ config }) {
    const vpc = config.vpc;
    if (vpc?.controlPlaneOnPrivateSubnets !== true) return [];
    const flag = ['vpc', 'controlPlaneOnPrivateSubnets'];
    const subnetIds: unknown = vpc.controlPlaneSubnetIDs;
    if (Array.isArray(subnetIds) && subnetIds.length > 0)
      return [
        {
          path: flag,
          params: { eksctl: 'only one of vpc.controlPlaneSubnetIDs and vpc.controlPlaneOnPrivateSubnets can be specified' },
        },
      ];
    // On Outposts the control plane is on private subnets anyway, in the Outpost's single zone.
    if (controlPlaneOnOutposts(config)) return [];
    if (vpc.subnets === undefined || vpc.subnets === null) {
      // eksctl lays out the VPC: one private subnet per distinct zone; zones it picks itself are distinct.
      const zones = stringList(config.availabilityZones);
      const distinct = new Set(zones).size;
      if (zones.length === 0 || distinct >= MIN) return [];
      return [
        {
          path: flag,
          params: {
            eksctl: `vpc.controlPlaneOnPrivateSubnets requires at least ${MIN} distinct availability zones, got ${distinct} (${goList(zones)})`,
          },
        },
      ];
    }
    const priv = subnetEntries(config, 'private');
    if (priv.length < MIN)
      return [
        {
          path: flag,
          params: { eksctl: `vpc.controlPlaneOnPrivateSubnets requires at least ${MIN} private subnets, got ${priv.length}` },
        },
      ];
    // A subnet's zone is its az, else its key (eksctl's distinctSubnetAZs).
    const azs = [
      ...new Set(
        priv.map(([key, spec]) => {
          const az: unknown = spec !== null && typeof spec === 'object' ? (spec as { az?: unknown }).az : undefined;
          return typeof az === 'string' && az !== '' ? az : key;
        }),
      ),
    ].sort();
    if (azs.length >= MIN) return [];
    return [
      {
        path: flag,
        params: {
          eksctl: `vpc.controlPlaneOnPrivateSubnets requires private subnets in at least ${MIN} availability zones, got ${azs.length} (${goList(azs)})`,
        },
      },
    ];
  },
});
