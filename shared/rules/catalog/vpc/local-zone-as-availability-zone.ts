import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { regionOfZoneName, zonesOfConfig } from './zone-outside-region.js';

/**
 * A Local Zone or Wavelength Zone name (us-west-2-lax-1a, us-east-1-wl1-bos-wlz-1): the Region's name, a hyphen
 * and more, where an Availability Zone is just the Region's name and a letter.
 */
export function isLocalOrWavelengthZoneName(zone: string, region: string): boolean {
  return regionOfZoneName(zone) === region && zone.startsWith(`${region}-`);
}

/**
 * A Local or Wavelength Zone written where eksctl expects an Availability Zone: the cluster's
 * `availabilityZones`, a node group's `availabilityZones`, or a subnet of `vpc.subnets` that the control plane
 * uses. EKS puts neither control-plane subnets nor managed node groups there, and eksctl keeps Local Zone
 * subnets apart (`localZones`), so none of these can be created. The zone-type lookup eksctl does at run time
 * is not needed for this: the name says it.
 */
export const localZoneAsAvailabilityZone = defineConfigRule({
  id: 'vpc.local-zone-as-availability-zone',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html',
  text: {
    en: {
      message:
        'Zone {{zone}} at {{path}} of cluster {{cluster}} is a Local Zone or Wavelength Zone, not an Availability Zone: EKS does not place the control plane\'s subnets or managed node groups there, and eksctl builds Local Zone subnets only from localZones ("managed nodegroups cannot be launched in local zones").',
      fix: 'Use Availability Zones of {{region}} at {{path}}. To run nodes in a Local Zone, list it under the cluster\'s localZones and give a self-managed node group localZones: [{{zone}}]; a Wavelength Zone cannot go there either (eksctl: "non local-zone specified in localZones").',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} のゾーン {{zone}} はアベイラビリティーゾーンではなく、ローカルゾーンまたは Wavelength ゾーンです。EKS はコントロールプレーンのサブネットもマネージド型ノードグループもそこに置かず、eksctl はローカルゾーンのサブネットを localZones からのみ作成します（「managed nodegroups cannot be launched in local zones」）。',
      fix: '{{path}} には {{region}} のアベイラビリティーゾーンを指定してください。ローカルゾーンでノードを動かすには、クラスターの localZones に追加し、セルフマネージド型ノードグループに localZones: [{{zone}}] を指定してください。Wavelength ゾーンはそこにも指定できません（eksctl:「non local-zone specified in localZones」）。',
    },
  },
  checkConfig(view) {
    const region = view.config.metadata?.region;
    if (typeof region !== 'string' || region === '') return [];
    // Subnets the control plane does not use (it has its own controlPlaneSubnetIDs) may be anywhere.
    const ownControlPlaneSubnets = (view.config.vpc?.controlPlaneSubnetIDs ?? []).length > 0;
    // A loop, not flatMap: a callback and an empty array per zone of every cluster on every validation.
    const zones = zonesOfConfig(view);
    const out: ConfigFinding[] = [];
    for (let i = 0; i < zones.length; i++) {
      const { zone, path, kind, alsoParts } = zones[i]!;
      if (kind !== 'availability-zone' || !isLocalOrWavelengthZoneName(zone, region)) continue;
      if (path[0] === 'vpc' && ownControlPlaneSubnets) continue;
      out.push({ path, params: { zone, region }, ...(alsoParts ? { alsoParts } : {}) });
    }
    return out;
  },
});
