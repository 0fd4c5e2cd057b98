import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { ConfigView } from '../../config-view.js';
import type { PathSegment } from '../../../util/locate.js';
import { memoByString, memoizeLast } from '../../../util/memo.js';

/**
 * The Region a zone name belongs to: us-east-1a -> us-east-1; Local and Wavelength Zones carry their parent
 * Region as a prefix (us-west-2-lax-1a, us-east-1-wl1-bos-wlz-1). Undefined for a name that is neither.
 */
export const regionOfZoneName: (zone: string) => string | undefined = memoByString(
  (zone) => /^((?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)(?:[a-z]|-[a-z0-9-]+)$/.exec(zone)?.[1],
);

/** A zone name written in the config, where, and the parts besides the one at its path it concerns. */
const ACCESSES = ['public', 'private'] as const;
const NODE_GROUP_LISTS = ['managedNodeGroups', 'nodeGroups'] as const;

export interface ZoneAt {
  zone: string;
  path: PathSegment[];
  kind: 'availability-zone' | 'local-zone';
  alsoParts?: string[];
}

/**
 * Every zone name the exported config gives: `availabilityZones`, `localZones`, each subnet's `az` (or its
 * key, which eksctl reads as the zone when the subnet names neither an az nor an existing id), and node
 * groups' `availabilityZones` and `localZones`, carried fields included. Once per view: the zone rules ask in
 * turn while the view pass holds it.
 */
export const zonesOfConfig: (view: ConfigView) => readonly ZoneAt[] = memoizeLast((view) => {
  const { config } = view;
  const out: ZoneAt[] = [];
  const vpcParts = view.partsAt(['vpc']).filter((id) => id !== view.cluster.id);
  listZones(out, config.availabilityZones, ['availabilityZones'], 'availability-zone', vpcParts);
  listZones(out, config.localZones, ['localZones'], 'local-zone', vpcParts);
  const subnets = config.vpc?.subnets as Record<string, unknown> | undefined;
  for (let a = 0; a < ACCESSES.length; a++) {
    const access = ACCESSES[a]!;
    const section = subnets?.[access];
    if (section === null || typeof section !== 'object') continue;
    // Own keys in Object.entries order, without the pairs.
    for (const key in section) {
      if (!Object.hasOwn(section, key)) continue;
      const spec: unknown = (section as Record<string, unknown>)[key];
      const fields = spec !== null && typeof spec === 'object' ? (spec as Record<string, unknown>) : {};
      if (typeof fields['az'] === 'string')
        out.push({ zone: fields['az'], path: ['vpc', 'subnets', access, key, 'az'], kind: 'availability-zone' });
      else if (typeof fields['id'] !== 'string')
        out.push({ zone: key, path: ['vpc', 'subnets', access, key], kind: 'availability-zone' });
    }
  }
  // Indexed loops here and in listZones, no callbacks: this runs for every cluster on every validation.
  for (let k = 0; k < NODE_GROUP_LISTS.length; k++) {
    const key = NODE_GROUP_LISTS[k]!;
    const groups: unknown = config[key];
    if (!Array.isArray(groups)) continue;
    for (let i = 0; i < groups.length; i++) {
      const ng: unknown = groups[i];
      if (ng === null || typeof ng !== 'object') continue;
      const g = ng as Record<string, unknown>;
      // Most groups name no zones: the paths are made only for lists that are there.
      if (g['availabilityZones'] !== undefined)
        listZones(out, g['availabilityZones'], [key, i, 'availabilityZones'], 'availability-zone');
      if (g['localZones'] !== undefined) listZones(out, g['localZones'], [key, i, 'localZones'], 'local-zone');
    }
  }
  return out;
});

function listZones(out: ZoneAt[], value: unknown, path: PathSegment[], kind: ZoneAt['kind'], alsoParts?: string[]): void {
  if (!Array.isArray(value)) return;
  for (let i = 0; i < value.length; i++) {
    const zone: unknown = value[i];
    if (typeof zone !== 'string') continue;
    const at: ZoneAt = { zone, path: [...path, i], kind };
    if (alsoParts) at.alsoParts = alsoParts;
    out.push(at);
  }
}

/**
 * Every Availability Zone of a cluster must be in the cluster's Region: a subnet, an `availabilityZones`
 * list or a node group's zones in another Region cannot be created (EC2 takes zones of the Region it is
 * called in only). Reads the config as exported, so zones carried through an import are checked too.
 */
export const zoneOutsideRegion = defineConfigRule({
  id: 'vpc.zone-outside-region',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html',
  text: {
    en: {
      message:
        'Zone {{zone}} at {{path}} is in Region {{zoneRegion}}, but cluster {{cluster}} is in {{region}}: every subnet and node of a cluster is in the cluster\'s Region, so AWS cannot create it there ("Value ({{zone}}) for parameter availabilityZone is invalid").',
      fix: 'Use an Availability Zone of {{region}} at {{path}} (for example {{example}}), or leave the zones to eksctl.',
    },
    ja: {
      message:
        '{{path}} のゾーン {{zone}} はリージョン {{zoneRegion}} にありますが、クラスター {{cluster}} は {{region}} にあります。クラスターのサブネットとノードはすべてクラスターのリージョンに作られるため、AWS はそこに作成できません（「Value ({{zone}}) for parameter availabilityZone is invalid」）。',
      fix: '{{path}} には {{region}} のアベイラビリティーゾーン（例: {{example}}）を指定するか、ゾーンの選択を eksctl に任せてください。',
    },
  },
  checkConfig(view) {
    const region = view.config.metadata?.region;
    if (typeof region !== 'string' || region === '') return [];
    // A loop, not flatMap: a callback and an empty array per zone of every cluster on every validation.
    const zones = zonesOfConfig(view);
    const out: ConfigFinding[] = [];
    for (let i = 0; i < zones.length; i++) {
      const { zone, path, alsoParts } = zones[i]!;
      const zoneRegion = regionOfZoneName(zone);
      if (zoneRegion === undefined || zoneRegion === region) continue;
      out.push({ path, params: { zone, zoneRegion, region, example: `${region}a` }, ...(alsoParts ? { alsoParts } : {}) });
    }
    return out;
  },
});
