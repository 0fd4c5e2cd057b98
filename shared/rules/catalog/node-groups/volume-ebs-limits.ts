import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { parseArn } from '../cluster/kms-arn.js';
import { amiFamilyOf, configNodeGroups, controlPlaneOutpost, isBottlerocket, isObj, str, num } from './config-node-groups.js';

/** eksctl's defaults for a node volume (v1alpha5 types.go / defaults.go setVolumeDefaults). */
const DEFAULT_SIZE_GIB = 80;
const DEFAULT_IOPS: Readonly<Record<string, number>> = { gp3: 3000, io1: 100, io2: 100 };
const DEFAULT_GP3_THROUGHPUT = 125;
/** EBS: the most IOPS per GiB each type takes, and gp3's most MiB/s per provisioned IOPS. */
const MAX_IOPS_PER_GIB: Readonly<Record<string, number>> = { gp3: 500, io1: 50, io2: 1000 };
const MAX_GP3_MIBPS_PER_IOPS = 0.25;
/** gp3's baseline, which every gp3 volume gets whatever its size (the 500-per-GiB ratio applies above it). */
const GP3_BASELINE_IOPS = 3000;
/** EBS volume sizes (GiB) below which EC2 refuses the type. */
const MIN_SIZE_GIB: Readonly<Record<string, number>> = { st1: 125, sc1: 125, io1: 4, io2: 4 };

/** eksctl's own ranges (validateVolumeOpts): outside them eksctl.ng-volume speaks, not this rule. */
const EKSCTL_IOPS_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  gp3: [3000, 16000],
  io1: [100, 64000],
  io2: [100, 256000],
};
const EKSCTL_GP3_THROUGHPUT = [125, 1000] as const;

const ratio = (value: number) => value.toFixed(6);
const within = (value: number, [lo, hi]: readonly [number, number]) => value >= lo && value <= hi;

/** Whether eksctl puts volumeType on the instance's boot volume (block_device_mapping.go). */
function onBootVolume(ng: Record<string, unknown>, family: string): boolean {
  const name = str(ng['volumeName']);
  // Bottlerocket: eksctl's volume is the data disk /dev/xvdb, but an encrypted group's OS disk gets the same type.
  if (isBottlerocket(family)) return name === '/dev/xvda' || (name === undefined && ng['volumeEncrypted'] === true);
  return name === undefined || name === '/dev/xvda' || name === '/dev/sda1';
}

/**
 * The EC2 refusal for a node volume of `type`, size, IOPS and throughput after eksctl's defaults, or for its KMS
 * key in another Region than the cluster's `region` (EBS encrypts only with a key of the volume's Region), if any.
 */
export function ebsVolumeProblem(
  ng: Record<string, unknown>,
  onOutposts: boolean,
  region?: string,
  /** For an entry of additionalVolumes, which never boots; the group's own volume is worked out from its fields. */
  additional = false,
): string | undefined {
  const key = str(ng['volumeKmsKeyID']);
  const keyArn = key === undefined ? undefined : parseArn(key);
  if (region !== undefined && keyArn?.service === 'kms' && keyArn.region !== '' && keyArn.region !== region)
    return `the KMS key ${key} is in ${keyArn.region}, not in the cluster's Region ${region}`;
  const type = str(ng['volumeType']) ?? (onOutposts ? 'gp2' : 'gp3');
  const size = num(ng['volumeSize']) ?? DEFAULT_SIZE_GIB;
  if ((type === 'st1' || type === 'sc1') && !additional && onBootVolume(ng, amiFamilyOf(ng)))
    return `${type} volumes can't be used as boot volumes`;
  const minimum = MIN_SIZE_GIB[type];
  if (minimum !== undefined && size < minimum) return `${type} volumes must be at least ${minimum} GiB, got ${size} GiB`;
  const perGib = MAX_IOPS_PER_GIB[type];
  if (perGib === undefined || size <= 0) return undefined;
  const iops = num(ng['volumeIOPS']) ?? DEFAULT_IOPS[type]!;
  if (!within(iops, EKSCTL_IOPS_RANGE[type]!)) return undefined;
  // gp3 gives every volume 3,000 IOPS whatever its size: the ratio binds only above that (kops#10842).
  if (iops > Math.max(perGib * size, type === 'gp3' ? GP3_BASELINE_IOPS : 0))
    return `Iops to volume size ratio of ${ratio(iops / size)} is too high; maximum is ${ratio(perGib)}`;
  if (type !== 'gp3') return undefined;
  const throughput = num(ng['volumeThroughput']) ?? DEFAULT_GP3_THROUGHPUT;
  if (!within(throughput, EKSCTL_GP3_THROUGHPUT)) return undefined;
  if (throughput > MAX_GP3_MIBPS_PER_IOPS * iops)
    return `Throughput (MiBps) to iops ratio of ${ratio(throughput / iops)} is too high; maximum is ${ratio(MAX_GP3_MIBPS_PER_IOPS)} MiBps per iops`;
  return undefined;
}

/**
 * A node volume EC2 refuses although eksctl's ranges pass it (eksctl checks only each number on its own,
 * validateVolumeOpts): st1/sc1 cannot boot an instance and take 125 GiB at least; gp3 takes at most 500 IOPS per
 * GiB and 0.25 MiB/s per IOPS (so 1000 MiB/s needs 4000 IOPS, not eksctl's default 3000); io1 50 and io2 1000 IOPS
 * per GiB; a volumeKmsKeyID must be a key of the cluster's Region. The launch template is made, then every instance
 * launch fails, so the group never gets a node.
 */
export const volumeEbsLimits = defineConfigRule({
  id: 'ng.volume-ebs-limits',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html',
  text: {
    en: {
      message:
        'The volume of node group {{nodeGroup}} is one EC2 refuses although eksctl accepts it ("{{problem}}"): no instance launches and the group gets no nodes.',
      fix: "For {{nodeGroup}}, use gp3 or gp2 for the boot volume, a KMS key of the cluster's Region, and keep IOPS within 500 per GiB (io1: 50, io2: 1000) and gp3 throughput within 0.25 MiB/s per IOPS (e.g. volumeIOPS 4000 for volumeThroughput 1000).",
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} のボリュームは eksctl は受け付けますが EC2 が拒否します (「{{problem}}」)。インスタンスが起動せず、ノードグループにノードができません。',
      fix: '{{nodeGroup}} のブートボリュームには gp3 か gp2 を使い、KMS キーはクラスターと同じリージョンのものにし、IOPS は 1 GiB あたり 500 以内 (io1 は 50、io2 は 1000)、gp3 のスループットは IOPS あたり 0.25 MiB/s 以内にしてください (例: volumeThroughput 1000 には volumeIOPS 4000)。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    const onOutposts = controlPlaneOutpost(config) !== undefined;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      // A launch template owns the volumes of a managed group.
      if (g.ng['launchTemplate'] !== undefined) continue;
      const outposts = onOutposts || str(g.ng['outpostARN']) !== undefined;
      const region = config.metadata?.region;
      const problem = ebsVolumeProblem(g.ng, outposts, region);
      if (problem !== undefined) out.push({ path: g.at(fieldAt(g.ng, problem)), params: { nodeGroup: g.name, problem } });
      // eksctl makes each additionalVolumes entry a block device of the same launch template, with the same defaults.
      const extra = g.ng['additionalVolumes'];
      if (!Array.isArray(extra)) continue;
      for (let j = 0; j < extra.length; j++) {
        const volume: unknown = extra[j];
        if (!isObj(volume)) continue;
        const bad = ebsVolumeProblem(volume, outposts, region, true);
        if (bad !== undefined)
          out.push({ path: g.at('additionalVolumes', j, fieldAt(volume, bad)), params: { nodeGroup: g.name, problem: bad } });
      }
    }
    return out;
  },
});

/** The field the finding points at: the one the problem is about when the config sets it, else the volume type or size. */
function fieldAt(ng: Record<string, unknown>, problem: string): string {
  if (problem.startsWith('the KMS key')) return 'volumeKmsKeyID';
  const about = problem.startsWith('Throughput') ? 'volumeThroughput' : problem.startsWith('Iops') ? 'volumeIOPS' : 'volumeType';
  if (ng[about] !== undefined) return about;
  if (about === 'volumeThroughput' && ng['volumeIOPS'] !== undefined) return 'volumeIOPS';
  return ng['volumeType'] !== undefined && about === 'volumeType' ? 'volumeType' : 'volumeSize';
}
