import { defineRule } from '../../define.js';
import { isGpuInstanceType } from '../../../data/instance-types.js';
import { isUbuntuFamily, isWindowsFamily } from './compute.js';

export const gpuAmi = defineRule({
  id: 'ng.gpu-ami',
  // eksctl only warns (validation.go GPUDriversWarning): the drivers can come from elsewhere, e.g. the NVIDIA GPU Operator.
  severity: 'warning',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} runs GPU instance type {{instanceType}} with AMI family {{amiFamily}}: "{{amiFamily}} does not ship with NVIDIA GPU drivers installed, hence won\'t support running GPU-accelerated workloads out of the box".',
      fix: 'Install the NVIDIA drivers yourself (e.g. with the NVIDIA GPU Operator), or use AmazonLinux2023 or Bottlerocket, for which eksctl picks the NVIDIA accelerated AMI.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は GPU インスタンスタイプ {{instanceType}} を AMI ファミリー {{amiFamily}} で実行します。{{amiFamily}} には NVIDIA GPU ドライバーが入っていないため、そのままでは GPU を使うワークロードを実行できません。',
      fix: 'NVIDIA ドライバーを自分でインストールする（例: NVIDIA GPU Operator）か、eksctl が NVIDIA 対応の高速化 AMI を選ぶ AmazonLinux2023 または Bottlerocket を使ってください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const { amiFamily } = ng.props;
      // eksctl resolves AL2, AL2023 and Bottlerocket to their NVIDIA variants for GPU types; Windows and Ubuntu have none.
      if (!isWindowsFamily(amiFamily) && !isUbuntuFamily(amiFamily)) return [];
      const gpuType = ng.props.instanceTypes.find(isGpuInstanceType);
      return gpuType === undefined
        ? []
        : [{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: gpuType, amiFamily } }];
    });
  },
});
