import { instanceTypeInfo, isNeuronInstanceType, isNvidiaInstanceType } from '../../../data/instance-types.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';

type Slot = 'x86' | 'x86Nvidia' | 'x86Neuron' | 'arm' | 'armNvidia' | 'armNeuron';

/**
 * The AMI types eksctl knows per family for an architecture/accelerator (v1alpha5/amitype.go:GetAMIType).
 * Self-managed groups ask strictly: a missing slot is an error. Families not listed (Ubuntu) are custom AMIs.
 */
const SLOTS: Record<string, readonly Slot[]> = {
  AmazonLinux2023: ['x86', 'x86Nvidia', 'x86Neuron', 'arm', 'armNvidia'],
  AmazonLinux2: ['x86', 'x86Nvidia', 'x86Neuron', 'arm'],
  Bottlerocket: ['x86', 'x86Nvidia', 'x86Neuron', 'arm', 'armNvidia', 'armNeuron'],
  BottlerocketFips: ['x86', 'x86Nvidia', 'x86Neuron', 'arm', 'armNvidia', 'armNeuron'],
  WindowsServer2019FullContainer: ['x86', 'x86Nvidia'],
  WindowsServer2019CoreContainer: ['x86', 'x86Nvidia'],
  WindowsServer2022FullContainer: ['x86', 'x86Nvidia'],
  WindowsServer2022CoreContainer: ['x86', 'x86Nvidia'],
  WindowsServer2025FullContainer: ['x86', 'x86Nvidia'],
  WindowsServer2025CoreContainer: ['x86', 'x86Nvidia'],
};

/** eksctl's SelectInstanceType: of a mixed list the first GPU/Neuron type, else the first; else instanceType. */
function selectInstanceType(ng: Record<string, unknown>): string | undefined {
  const dist = ng.instancesDistribution as Record<string, unknown> | undefined;
  const list = dist && typeof dist === 'object' && Array.isArray(dist.instanceTypes) ? dist.instanceTypes : [];
  const types = list.filter((t): t is string => typeof t === 'string');
  if (types.length > 0) return types.find((t) => isNvidiaInstanceType(t) || isNeuronInstanceType(t)) ?? types[0];
  return typeof ng.instanceType === 'string' ? ng.instanceType : undefined;
}

function slotOf(type: string): Slot | undefined {
  const info = instanceTypeInfo(type);
  if (!info) return undefined; // unknown types are ng.instance-type-unknown's
  const arm = info.arch === 'arm64';
  if (isNvidiaInstanceType(type)) return arm ? 'armNvidia' : 'x86Nvidia';
  if (isNeuronInstanceType(type)) return arm ? 'armNeuron' : 'x86Neuron';
  return arm ? 'arm' : 'x86';
}

/** eksctl-rules.md #59 (its instance-type part): validateInstanceTypeSupport for self-managed node groups. */
export const selfManagedAmiInstanceType = defineConfigRule({
  id: 'eksctl.self-managed-ami-instance-type',
  severity: 'error',
  area: 'node-groups',
  eksctl: [59],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Self-managed node group {{nodeGroup}} uses {{instanceType}} with AMI family {{amiFamily}}, which has no AMI for that architecture and accelerator; eksctl refuses it ("{{instanceType}} instance types are not supported for unmanaged nodegroups with AMIFamily {{amiFamily}}").',
      fix: 'Use AmazonLinux2023 or Bottlerocket for {{nodeGroup}} (they have Arm and NVIDIA AMIs), pick an x86_64 type, or make it a managed node group.',
    },
    ja: {
      message:
        'セルフマネージド型ノードグループ {{nodeGroup}} は {{instanceType}} を AMI ファミリー {{amiFamily}} で使っていますが、このファミリーにはそのアーキテクチャとアクセラレーターの AMI がありません。eksctl はこれを拒否します（「{{instanceType}} instance types are not supported for unmanaged nodegroups with AMIFamily {{amiFamily}}」）。',
      fix: '{{nodeGroup}} には AmazonLinux2023 または Bottlerocket（Arm 用と NVIDIA 用の AMI があります）を使うか、x86_64 のタイプを選ぶか、マネージド型ノードグループにしてください。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    const findings: ConfigFinding[] = [];
    const groups = (config as unknown as Record<string, unknown>).nodeGroups;
    if (!Array.isArray(groups)) return findings;
    groups.forEach((raw, i) => {
      if (!raw || typeof raw !== 'object') return;
      const ng = raw as Record<string, unknown>;
      if (typeof ng.ami === 'string' && ng.ami.startsWith('ami-')) return; // custom AMI: not checked by eksctl
      const amiFamily = typeof ng.amiFamily === 'string' && ng.amiFamily !== '' ? ng.amiFamily : 'AmazonLinux2023';
      const slots = SLOTS[amiFamily];
      const type = selectInstanceType(ng);
      if (!slots || !type) return;
      const slot = slotOf(type);
      if (!slot || slots.includes(slot)) return;
      findings.push({
        path: ['nodeGroups', i, 'amiFamily'],
        params: { nodeGroup: typeof ng.name === 'string' ? ng.name : `nodeGroups[${i}]`, instanceType: type, amiFamily },
      });
    });
    return findings;
  },
});
