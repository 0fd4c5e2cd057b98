import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, controlPlaneOutpost, EKSCTL_VALIDATION_SOURCE, nonEmpty, num, str } from './config-node-groups.js';

const IOPS_RANGE: Record<string, [number, number]> = { gp3: [3000, 16000], io1: [100, 64000], io2: [100, 256000] };
const THROUGHPUT: [number, number] = [125, 1000];

/**
 * eksctl-rules.md #46 and #47: the root volume's options (validateNodeGroupBase, validateVolumeOpts). A managed
 * group is validated after eksctl's defaults (volumeSize 80 unless a launch template, volumeType gp3); a
 * self-managed one before them, so its volumeSize must be explicit for name, encryption and key.
 */
export const ngVolume = defineConfigRule({
  id: 'eksctl.ng-volume',
  severity: 'error',
  area: 'node-groups',
  eksctl: [46, 47],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} has volume options eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'Set volumeSize with volumeName/volumeEncrypted/volumeKmsKeyID, turn volumeEncrypted on for a KMS key, and keep IOPS and throughput within the limits of the volume type (gp3: 3000-16000 IOPS, 125-1000 MiB/s; io1: 100-64000; io2: 100-256000).',
    },
    ja: {
      message: 'ノードグループ {{nodeGroup}} のボリューム設定は {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'volumeName/volumeEncrypted/volumeKmsKeyID には volumeSize を設定し、KMS キーには volumeEncrypted を有効にし、IOPS とスループットはボリュームタイプの範囲内にしてください (gp3: 3000〜16000 IOPS、125〜1000 MiB/s、io1: 100〜64000、io2: 100〜256000)。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const onOutposts = controlPlaneOutpost(config) !== undefined;
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const ng = g.ng;
      const p = g.label;
      const sizeDefaulted = g.managed && ng['launchTemplate'] === undefined;
      if (ng['volumeSize'] === undefined && !sizeDefaulted) {
        const cant = (field: string) => g.finding([field], `${p}.${field} cannot be set without ${p}.volumeSize`);
        if (nonEmpty(ng['volumeName'])) return cant('volumeName');
        if (ng['volumeEncrypted'] === true) return cant('volumeEncrypted');
        if (nonEmpty(ng['volumeKmsKeyID'])) return cant('volumeKmsKeyID');
      }
      const type = str(ng['volumeType']) ?? (g.managed ? 'gp3' : undefined);
      const iops = num(ng['volumeIOPS']);
      const throughput = num(ng['volumeThroughput']);
      if (type !== undefined) {
        if (iops !== undefined && !(type in IOPS_RANGE))
          return g.finding(['volumeIOPS'], `${p}.volumeIOPS is only supported for io1, io2 and gp3 volume types`);
        const range = type === 'gp3' ? undefined : IOPS_RANGE[type];
        if (range && iops !== undefined && (iops < range[0] || iops > range[1]))
          return g.finding(['volumeIOPS'], `value for ${p}.volumeIOPS must be within range ${range[0]}-${range[1]}`);
        if (throughput !== undefined && type !== 'gp3')
          return g.finding(['volumeThroughput'], `${p}.volumeThroughput is only supported for gp3 volume type`);
        if (onOutposts && !g.managed && type !== 'gp2')
          return g.finding(
            ['volumeType'],
            `cannot set "${type}" for ${p}.volumeType; only "gp2" volume types are supported on Outposts`,
          );
      }
      if (type === undefined || type === 'gp3') {
        const [lo, hi] = IOPS_RANGE['gp3']!;
        if (iops !== undefined && (iops < lo || iops > hi))
          return g.finding(['volumeIOPS'], `value for ${p}.volumeIOPS must be within range ${lo}-${hi}`);
        if (throughput !== undefined && (throughput < THROUGHPUT[0] || throughput > THROUGHPUT[1]))
          return g.finding(
            ['volumeThroughput'],
            `value for ${p}.volumeThroughput must be within range ${THROUGHPUT[0]}-${THROUGHPUT[1]}`,
          );
      }
      if (ng['volumeEncrypted'] !== true && nonEmpty(ng['volumeKmsKeyID']))
        return g.finding(
          ['volumeKmsKeyID'],
          `${p}.volumeKmsKeyID can not be set without ${p}.volumeEncrypted enabled explicitly`,
        );
      return [];
    });
  },
});
