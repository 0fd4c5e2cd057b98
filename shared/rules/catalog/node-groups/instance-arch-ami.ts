import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { instanceTypeInfo } from '../../../data/instance-types.js';
import { isWindowsFamily } from '../../facts/compute.js';

export const instanceArchAmi = defineRule({
  id: 'ng.instance-arch-ami',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} has instance types {{instanceTypes}} with AMI family {{amiFamily}}; one node group has one AMI, so all its instance types must share an architecture the AMI supports (Windows AMIs are x86_64 only).',
      fix: 'Keep one architecture per node group: put Graviton (Arm) types such as m7g in their own node group with AmazonLinux2023 or Bottlerocket.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} のインスタンスタイプ {{instanceTypes}} と AMI ファミリー {{amiFamily}} が合いません。ノードグループの AMI は 1 つなので、すべてのインスタンスタイプが AMI の対応するアーキテクチャで揃っている必要があります（Windows AMI は x86_64 のみ）。',
      fix: 'ノードグループごとにアーキテクチャを 1 つにしてください。m7g などの Graviton（Arm）タイプは AmazonLinux2023 または Bottlerocket の専用ノードグループにします。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per node group on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const nodeGroups = index.nodeGroups();
    for (let i = 0; i < nodeGroups.length; i++) {
      const ng = nodeGroups[i]!;
      const { instanceTypes, amiFamily } = ng.props;
      // Architectures from the instance catalog (g5g is Arm, g5 x86_64); unknown types are ng.instance-type-unknown's.
      let arm = 0;
      let x86 = 0;
      for (const type of instanceTypes) {
        const arch = instanceTypeInfo(type)?.arch;
        if (arch === 'arm64') arm++;
        else if (arch === 'x86_64') x86++;
      }
      const mixed = arm > 0 && x86 > 0;
      const armOnWindows = arm > 0 && isWindowsFamily(amiFamily);
      if (!mixed && !armOnWindows) continue;
      findings.push({ partIds: [ng.id], params: { nodeGroup: ng.name, instanceTypes: instanceTypes.join(', '), amiFamily } });
    }
    return findings;
  },
});
