import { AZ_TABLE_AS_OF, knownAvailabilityZones } from '../../../data/availability-zones.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isLocalOrWavelengthZoneName } from './local-zone-as-availability-zone.js';
import { regionOfZoneName, zonesOfConfig } from './zone-outside-region.js';

/**
 * An Availability Zone of the cluster's Region that the app's dated AZ table does not list: a letter the
 * Region does not have (ca-central-1c), or a zone closed to new accounts (ap-northeast-1b). A warning, not an
 * error: the table can be older than a new zone, and an old account may still use a closed one.
 */
export const zoneUnknown = defineConfigRule({
  id: 'vpc.zone-unknown',
  severity: 'warning',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html',
  text: {
    en: {
      message:
        'Availability Zone {{zone}} at {{path}} of cluster {{cluster}} is not one of the zones this app lists for {{region}} ({{known}}; table dated {{asOf}}): it may not exist, or be closed to new accounts as ap-northeast-1b is, and then eksctl cannot create the subnets there.',
      fix: 'Use one of {{known}} at {{path}}, or leave the zones to eksctl, which picks zones available to the account.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} のアベイラビリティーゾーン {{zone}} は、このアプリが {{region}} について把握しているゾーン（{{known}}、{{asOf}} 時点の一覧）にありません。存在しないか、ap-northeast-1b のように新しいアカウントでは使えない可能性があり、その場合 eksctl はそこにサブネットを作成できません。',
      fix: '{{path}} には {{known}} のいずれかを指定するか、アカウントで使えるゾーンを選ぶ eksctl にゾーンの選択を任せてください。',
    },
  },
  checkConfig(view) {
    const region = view.config.metadata?.region;
    if (typeof region !== 'string') return [];
    const known = knownAvailabilityZones(region);
    if (known.length === 0) return [];
    // A loop, not flatMap: a callback and an empty array per zone of every cluster on every validation.
    const zones = zonesOfConfig(view);
    const out: ConfigFinding[] = [];
    for (let i = 0; i < zones.length; i++) {
      const { zone, path, kind, alsoParts } = zones[i]!;
      if (kind !== 'availability-zone' || regionOfZoneName(zone) !== region || known.includes(zone)) continue;
      // A Local or Wavelength Zone is no unknown AZ: vpc.local-zone-as-availability-zone says what is wrong.
      if (isLocalOrWavelengthZoneName(zone, region)) continue;
      out.push({
        path,
        params: { zone, region, known: known.join(', '), asOf: AZ_TABLE_AS_OF },
        ...(alsoParts ? { alsoParts } : {}),
      });
    }
    return out;
  },
});
