import { instanceTypeInfo } from '../../../data/instance-types.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { configNodeGroups, hasInstanceSelector, isObj } from './config-node-groups.js';
import { instanceTypeFields } from './instance-type-unknown.js';
import type { PathSegment } from '../../../util/locate.js';
import { XEN_FAMILIES } from './xen-families.js';

/** eksctl's instance type for a self-managed group that names none (api.DefaultNodeType). */
const DEFAULT_NODE_TYPE = 'm5.large';

/**
 * Whether `type` certainly cannot be a Nitro Enclaves parent instance (Nitro Enclaves User Guide,
 * "Requirements"): burstable (T), A1 and Mac families, Xen-based families, Intel and AMD types with fewer than
 * 4 vCPUs and Graviton types with fewer than 2. Unknown types are left to ng.instance-type-unknown.
 */
function cannotHostEnclave(type: string): boolean {
  const info = instanceTypeInfo(type);
  if (info === undefined) return false;
  const family = info.family;
  if (info.burstable || /^t\d/.test(family) || family === 'a1' || family.startsWith('mac') || XEN_FAMILIES.has(family))
    return true;
  return info.vcpu < (info.arch === 'arm64' ? 2 : 4);
}

/** The first instance type field of a self-managed group that cannot host an enclave, with its path. */
function firstUnfit(i: number, ng: Record<string, unknown>): { path: PathSegment[]; type: string } | undefined {
  const fields = instanceTypeFields('nodeGroups', i, ng);
  if (fields.length === 0) {
    // eksctl launches its default type when the group names none (and no selector or launch template picks one).
    if (hasInstanceSelector(ng) || isObj(ng['launchTemplate'])) return undefined;
    return cannotHostEnclave(DEFAULT_NODE_TYPE)
      ? { path: ['nodeGroups', i, 'enclaveEnabled'], type: DEFAULT_NODE_TYPE }
      : undefined;
  }
  for (let f = 0; f < fields.length; f++) if (cannotHostEnclave(fields[f]!.type)) return fields[f];
  return undefined;
}

/**
 * `nodeGroups[].enclaveEnabled` turns on Nitro Enclaves in the group's launch template (EnclaveOptions); eksctl
 * does not check the instance types, and EC2 refuses to launch an instance that cannot host an enclave, so the
 * Auto Scaling group gets no nodes and eksctl's wait for them fails.
 */
export const enclaveInstanceType = defineConfigRule({
  id: 'ng.enclave-instance-type',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave.html#nitro-enclave-reqs',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} turns on Nitro Enclaves (enclaveEnabled) with instance type {{instanceType}}, which cannot host an enclave: EC2 refuses to launch its instances, so the group gets no nodes.',
      fix: 'Give {{nodeGroup}} a Nitro-based type with at least 4 vCPUs (2 on Graviton) that is not burstable (T), A1 or Mac, e.g. m6i.xlarge, c6i.2xlarge or m6g.large; or turn enclaveEnabled off.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はインスタンスタイプ {{instanceType}} で Nitro Enclaves (enclaveEnabled) を有効にしていますが、このタイプはエンクレーブをホストできません。EC2 がインスタンスの起動を拒否するため、ノードグループにノードができません。',
      fix: '{{nodeGroup}} には、バースト可能 (T)、A1、Mac 以外で、vCPU が 4 以上 (Graviton は 2 以上) の Nitro ベースのタイプ (例: m6i.xlarge、c6i.2xlarge、m6g.large) を指定するか、enclaveEnabled をオフにしてください。',
    },
  },
  needs: ['nodeGroups[].enclaveEnabled'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (group.managed || group.ng['enclaveEnabled'] !== true) continue;
      const unfit = firstUnfit(group.index, group.ng);
      if (unfit) out.push({ path: unfit.path, params: { nodeGroup: group.name, instanceType: unfit.type } });
    }
    return out;
  },
});
