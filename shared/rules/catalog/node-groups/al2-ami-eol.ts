import { defineRule } from '../../define.js';
import { minorVersion } from './compute.js';

/** 1.32 was the last Kubernetes version with Amazon Linux 2 EKS AMIs; eksctl refuses AL2 from 1.33. */
const FIRST_WITHOUT_AL2 = minorVersion('1.33')!;

export const al2AmiEol = defineRule({
  id: 'ng.al2-ami-eol',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-build-scripts.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses Amazon Linux 2 on Kubernetes {{version}}; EKS stopped publishing AL2 AMIs on 2025-11-26 and 1.32 was the last version with them.',
      fix: 'Switch {{nodeGroup}} to AmazonLinux2023 or Bottlerocket.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は Kubernetes {{version}} で Amazon Linux 2 を使っています。EKS は 2025-11-26 に AL2 AMI の公開を終了しており、AL2 AMI があるのは 1.32 までです。',
      fix: '{{nodeGroup}} を AmazonLinux2023 または Bottlerocket に切り替えてください。',
    },
  },
  check(index) {
    return index.nodeGroups().flatMap((ng) => {
      if (ng.props.amiFamily !== 'AmazonLinux2') return [];
      const version = index.clusterOf(ng)?.props.version ?? '';
      const minor = minorVersion(version);
      // Versions up to 1.32 still have (unmaintained) AL2 AMIs: a warning, not a failure.
      const severity = minor !== undefined && minor < FIRST_WITHOUT_AL2 ? 'warning' : 'error';
      return [{ partIds: [ng.id], params: { nodeGroup: ng.name, version }, severity }];
    });
  },
});
