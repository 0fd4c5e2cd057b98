import { isNeuronInstanceType } from '../../../data/instance-types.js';
import { defineRule } from '../../define.js';

const NEURON_FAMILIES = new Set(['AmazonLinux2', 'AmazonLinux2023', 'Bottlerocket']);

export const acceleratorAmiFamily = defineRule({
  id: 'eksctl.accelerator-ami-family',
  severity: 'error',
  area: 'node-groups',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses Inferentia/Trainium type {{instanceType}} with {{amiFamily}}; eksctl supports these only with AmazonLinux2023, AmazonLinux2 or Bottlerocket.',
      fix: 'Use AmazonLinux2023 (Neuron-enabled accelerated AMI) or Bottlerocket for {{nodeGroup}}.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は Inferentia/Trainium のタイプ {{instanceType}} を {{amiFamily}} で使っています。eksctl はこれらを AmazonLinux2023、AmazonLinux2、Bottlerocket でのみサポートします。',
      fix: '{{nodeGroup}} には AmazonLinux2023（Neuron 対応の高速化 AMI）または Bottlerocket を使ってください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      if (NEURON_FAMILIES.has(ng.props.amiFamily)) return [];
      const type = ng.props.instanceTypes.find(isNeuronInstanceType);
      return type === undefined
        ? []
        : [{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: type, amiFamily: ng.props.amiFamily } }];
    });
  },
});
