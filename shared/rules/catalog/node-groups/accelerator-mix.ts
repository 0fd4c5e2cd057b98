import { instanceTypeInfo, type Accelerator } from '../../../data/instance-types.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

const LABEL: Record<Accelerator, string> = {
  nvidia: 'NVIDIA GPU',
  neuron: 'Inferentia/Trainium',
  'other-gpu': 'non-NVIDIA GPU',
  none: 'no accelerator',
};

/**
 * One node group runs one AMI. eksctl picks it from the group's accelerated type (v1alpha5/instance.go
 * prefers a GPU type) and EKS has one AMI type per accelerator (AL2023_x86_64_NVIDIA, AL2023_x86_64_NEURON,
 * AL2023_x86_64_STANDARD). Two different accelerators in one group: one of them gets the wrong AMI (error).
 * Accelerated and plain types together: the group's size counts nodes that cannot run the accelerated pods,
 * and the plain nodes boot the accelerated AMI (warning).
 */
export const acceleratorMix = defineRule({
  id: 'ng.accelerator-mix',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_Nodegroup.html#AmazonEKS-Type-Nodegroup-amiType',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} mixes instance types with different accelerators ({{mix}}: {{instanceTypes}}); a node group has one AMI type, which fits only one kind of accelerator.',
      fix: 'Give each accelerator its own node group (for example NVIDIA types in one, Inferentia/Trainium in another, general-purpose types in a third) and taint the accelerated groups.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} はアクセラレーターの異なるインスタンスタイプを混在させています（{{mix}}: {{instanceTypes}}）。ノードグループの AMI タイプは 1 つで、1 種類のアクセラレーターにしか合いません。',
      fix: 'アクセラレーターごとにノードグループを分け（例: NVIDIA タイプ、Inferentia/Trainium タイプ、汎用タイプをそれぞれ別に）、アクセラレーター付きのグループにはテイントを設定してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const ng of index.nodeGroups()) {
      const kinds = new Set<Accelerator>();
      for (const type of ng.props.instanceTypes) {
        const info = instanceTypeInfo(type);
        if (info) kinds.add(info.accelerator);
      }
      if (kinds.size < 2) continue;
      const accelerated = [...kinds].filter((k) => k !== 'none');
      findings.push({
        partIds: [ng.id],
        params: {
          nodeGroup: ng.name,
          mix: [...kinds].map((k) => LABEL[k]).join(' + '),
          instanceTypes: ng.props.instanceTypes.join(', '),
        },
        ...(accelerated.length < 2 ? { severity: 'warning' as const } : {}),
      });
    }
    return findings;
  },
});
