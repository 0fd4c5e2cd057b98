import { defineRule } from '../../define.js';
import { isGpuInstanceType } from '../../../data/instance-types.js';
import { isWindowsFamily } from '../../facts/compute.js';

export const gpuAmi = defineRule({
  id: 'ng.gpu-ami',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-ami.html#gpu-ami',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} runs GPU instance type {{instanceType}} with AMI family {{amiFamily}}, which has no NVIDIA driver; the GPUs would be unusable.',
      fix: 'Use AmazonLinux2023 or Bottlerocket (eksctl then picks the NVIDIA accelerated AMI) and taint the GPU node group.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は GPU インスタンスタイプ {{instanceType}} を NVIDIA ドライバーのない AMI ファミリー {{amiFamily}} で実行するため、GPU を使えません。',
      fix: 'AmazonLinux2023 または Bottlerocket を使い（eksctl が NVIDIA 対応の高速化 AMI を選びます）、GPU ノードグループにテイントを設定してください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const { amiFamily } = ng.props;
      // eksctl resolves AL2, AL2023 and Bottlerocket to their NVIDIA variants for GPU types. Windows AMIs have
      // no GPU variant and the NVIDIA GPU Operator runs on Linux only. Ubuntu is only a warning in eksctl
      // (drivers come from the GPU Operator): ng.gpu-ubuntu-drivers.
      if (!isWindowsFamily(amiFamily)) return [];
      const gpuType = ng.props.instanceTypes.find(isGpuInstanceType);
      return gpuType === undefined
        ? []
        : [{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: gpuType, amiFamily } }];
    });
  },
});
