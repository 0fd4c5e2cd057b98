import { parse } from 'yaml';
import { instanceTypeInfo } from '../../../data/instance-types.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { isObj, objects } from '../../facts/config-values.js';
import { amiFamilyOf, configNodeGroups, isWindows, type ConfigNodeGroup } from './config-node-groups.js';
import { instanceTypeFields } from './instance-type-unknown.js';

/** Whether a vpc-cni add-on's configurationValues (JSON or YAML) set env.ENABLE_POD_ENI to true. */
export function enablesPodEni(values: unknown): boolean {
  let parsed: unknown = values;
  if (typeof values === 'string') {
    // Most configs never mention it: no parse for them.
    if (!values.includes('ENABLE_POD_ENI')) return false;
    try {
      parsed = parse(values);
    } catch {
      return false; // eksctl.addon-values reports it
    }
  }
  const env = isObj(parsed) ? parsed['env'] : undefined;
  const on = isObj(env) ? env['ENABLE_POD_ENI'] : undefined;
  return on === true || (typeof on === 'string' && on.toLowerCase() === 'true');
}

/**
 * Why a node group's nodes cannot attach the trunk network interface security groups for pods need, or
 * undefined when they can or may (Linux, and a type that supports trunking or that the app does not know; no
 * type listed means eksctl's m5.large, or the launch template's or instance selector's type, unknown here).
 */
function whyNoTrunk(g: ConfigNodeGroup): string | undefined {
  const family = amiFamilyOf(g.ng);
  if (isWindows(family)) return family;
  const fields = instanceTypeFields(g.list, g.index, g.ng);
  if (fields.length === 0) return undefined;
  for (let i = 0; i < fields.length; i++) if (instanceTypeInfo(fields[i]!.type)?.trunking !== false) return undefined;
  return [...new Set(fields.map((f) => f.type))].join(', ');
}

/**
 * Compute where pods a SecurityGroupPolicy selects may run without node groups: Fargate, Karpenter's nodes. Not EKS
 * Auto Mode's: "Security groups for Pods can't be used with Windows nodes or EKS Auto Mode" (the user guide).
 */
function hasOtherCompute(config: EksctlClusterConfig): boolean {
  return objects(config.fargateProfiles).length > 0 || (config.karpenter !== undefined && config.karpenter !== null);
}

/**
 * Security groups for pods turned on (vpc-cni ENABLE_POD_ENI) in a cluster none of whose nodes can carry them:
 * they need a trunk network interface, which t-family and older-generation types and Windows nodes do not get.
 * The webhook gives every pod a SecurityGroupPolicy selects a vpc.amazonaws.com/pod-eni request only such nodes
 * offer, so those pods stay Pending. Which pods a policy selects is not in cluster.yaml, so a cluster with one
 * capable group passes, and the finding is a warning.
 */
export const sgpInstanceTypes = defineConfigRule({
  id: 'ng.sgp-instance-types',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} turns on security groups for pods (ENABLE_POD_ENI of the vpc-cni add-on), but none of its nodes can attach the trunk network interface they need: {{nodeGroups}}. Security groups for pods need Linux nodes of a Nitro type that supports trunking (no t family, no older generations), so pods a SecurityGroupPolicy selects stay Pending.',
      fix: 'Add a Linux node group of a supported type (e.g. m5, c5, r5, m6i, m6g) or a Fargate profile for the pods that get security groups, or turn ENABLE_POD_ENI off.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Pod のセキュリティグループを有効にしています（vpc-cni アドオンの ENABLE_POD_ENI）が、必要なトランクネットワークインターフェイスを接続できるノードがありません: {{nodeGroups}}。Pod のセキュリティグループには、トランキングに対応した Nitro インスタンスタイプ（t ファミリーや旧世代は不可）の Linux ノードが必要なため、SecurityGroupPolicy が選択した Pod は Pending のままになります。',
      fix: '対応するタイプ（例: m5、c5、r5、m6i、m6g）の Linux ノードグループか、セキュリティグループを割り当てる Pod 用の Fargate プロファイルを追加するか、ENABLE_POD_ENI を無効にしてください。',
    },
  },
  needs: ['addons[].configurationValues'],
  checkConfig(view) {
    const { config } = view;
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      const i = items[n]![1];
      if (addon['name'] !== 'vpc-cni' || !enablesPodEni(addon['configurationValues'])) continue;
      const groups = configNodeGroups(config);
      // A cluster without node groups has other findings; one with other compute may run the pods there.
      if (groups.length === 0 || hasOtherCompute(config)) return out;
      const without: string[] = [];
      const parts: string[] = [];
      for (let k = 0; k < groups.length; k++) {
        const g = groups[k]!;
        const why = whyNoTrunk(g);
        if (why === undefined) return out;
        without.push(`${g.name} (${why})`);
        parts.push(...view.partsAt([g.list, g.index]));
      }
      out.push({ path: ['addons', i, 'configurationValues'], params: { nodeGroups: without.join(', ') }, alsoParts: parts });
    }
    return out;
  },
});
