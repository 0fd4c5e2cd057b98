import { isNeuronInstanceType } from '../../../data/instance-types.js';
import { defineConfigRule } from '../../config-rule.js';
import { amiFamilyOf, arr, configNodeGroups, obj } from './config-node-groups.js';

const NEURON_FAMILIES = new Set(['AmazonLinux2', 'AmazonLinux2023', 'Bottlerocket', 'BottlerocketFips']);

/** eksctl-rules.md #49 (validateNodeGroupBase): Inferentia and Trainium only with AL2023, AL2 or Bottlerocket. */
export const acceleratorAmiFamily = defineConfigRule({
  id: 'eksctl.accelerator-ami-family',
  severity: 'error',
  area: 'node-groups',
  eksctl: [49],
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
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g) => {
      const family = amiFamilyOf(g.ng);
      // No family: eksctl's default, AmazonLinux2023.
      if (family === '' || NEURON_FAMILIES.has(family)) return [];
      const types = [
        g.ng['instanceType'],
        ...arr(g.ng['instanceTypes']),
        ...arr(obj(g.ng['instancesDistribution'])['instanceTypes']),
      ];
      const type = types.find((t): t is string => typeof t === 'string' && isNeuronInstanceType(t));
      return type === undefined
        ? []
        : [{ path: g.at('amiFamily'), params: { nodeGroup: g.name, instanceType: type, amiFamily: family } }];
    });
  },
});
