import { defineConfigRule } from '../../config-rule.js';
import { EKSCTL_DEFAULT_KUBERNETES_VERSION } from '../../../export/created-version.js';
import { amiFamilyOf, clusterMinor, configNodeGroups, nonEmpty } from './config-node-groups.js';

/** 1.32 was the last Kubernetes version with Amazon Linux 2 EKS AMIs; eksctl refuses AL2 from 1.33. */
const FIRST_WITHOUT_AL2 = 33;

/** Also eksctl-rules.md #45: eksctl refuses AmazonLinux2 from 1.33 ("AmazonLinux2 is not supported for Kubernetes version %s"). */
export const al2AmiEol = defineConfigRule({
  id: 'ng.al2-ami-eol',
  severity: 'error',
  area: 'node-groups',
  eksctl: [45],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-build-scripts.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} uses Amazon Linux 2 on Kubernetes {{version}}; EKS stopped publishing AL2 AMIs on 2025-11-26 and 1.32 was the last version with them. From 1.33 eksctl refuses it ("AmazonLinux2 is not supported for Kubernetes version ...").',
      fix: 'Switch {{nodeGroup}} to AmazonLinux2023 or Bottlerocket.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は Kubernetes {{version}} で Amazon Linux 2 を使っています。EKS は 2025-11-26 に AL2 AMI の公開を終了しており、AL2 AMI があるのは 1.32 までです。1.33 以降は eksctl が拒否します (「AmazonLinux2 is not supported for Kubernetes version ...」)。',
      fix: '{{nodeGroup}} を AmazonLinux2023 または Bottlerocket に切り替えてください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups'],
  checkConfig({ config }) {
    const version = String(config.metadata?.version ?? '');
    const minor = clusterMinor(config);
    return configNodeGroups(config).flatMap((g) => {
      if (amiFamilyOf(g.ng) !== 'AmazonLinux2') return [];
      // eksctl lets a managed group keep AL2 on a custom AMI (SetManagedNodeGroupDefaults checks only without one).
      if (g.managed && nonEmpty(g.ng['ami'])) return [];
      // Versions up to 1.32 still have (unmaintained) AL2 AMIs: a warning, not a failure. No version means
      // eksctl's default, which is past 1.32.
      const severity = minor !== undefined && minor < FIRST_WITHOUT_AL2 ? 'warning' : 'error';
      return [
        {
          path: g.at('amiFamily'),
          params: { nodeGroup: g.name, version: version || EKSCTL_DEFAULT_KUBERNETES_VERSION },
          severity,
        },
      ];
    });
  },
});
