import { isNvidiaInstanceType } from '../../../data/instance-types.js';
import { defineRule } from '../../define.js';
import { isUbuntuFamily } from '../../facts/compute.js';

/**
 * eksctl's GPUDriversWarning: an NVIDIA type with an AMI family other than AL2, AL2023 or Bottlerocket is
 * accepted with a warning (validation.go). On Ubuntu the NVIDIA GPU Operator installs the drivers.
 */
export const gpuUbuntuDrivers = defineRule({
  id: 'ng.gpu-ubuntu-drivers',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} runs NVIDIA GPU type {{instanceType}} on {{amiFamily}}; eksctl warns "{{amiFamily}} does not ship with NVIDIA GPU drivers installed, hence won\'t support running GPU-accelerated workloads out of the box".',
      fix: 'Install the NVIDIA GPU Operator (it brings the driver and device plugin) before scheduling GPU pods on {{nodeGroup}}, or use AmazonLinux2023 or Bottlerocket, whose NVIDIA AMIs have the driver.',
    },
    ja: {
      message:
        "ノードグループ {{nodeGroup}} は NVIDIA GPU タイプ {{instanceType}} を {{amiFamily}} で実行します。eksctl は「{{amiFamily}} does not ship with NVIDIA GPU drivers installed, hence won't support running GPU-accelerated workloads out of the box」と警告します。",
      fix: '{{nodeGroup}} に GPU の Pod を配置する前に NVIDIA GPU Operator（ドライバーとデバイスプラグインを導入します）をインストールするか、NVIDIA 対応 AMI にドライバーが入っている AmazonLinux2023 または Bottlerocket を使ってください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      const { amiFamily } = ng.props;
      if (!isUbuntuFamily(amiFamily)) return [];
      const gpuType = ng.props.instanceTypes.find(isNvidiaInstanceType);
      return gpuType === undefined
        ? []
        : [{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: gpuType, amiFamily } }];
    });
  },
});
