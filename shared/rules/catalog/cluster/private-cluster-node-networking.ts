import { defineConfigRule } from '../../config-rule.js';
import { findingPart, patchProps } from '../../fix-edits.js';

/** eksctl-rules.md #28: every node group of a fully-private cluster must use private networking. */
export const privateClusterNodeNetworking = defineConfigRule({
  id: 'eksctl.private-cluster-node-networking',
  severity: 'error',
  area: 'cluster',
  eksctl: [28],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private, but {{path}} is not true; eksctl refuses it ("{{path}} must be enabled for a fully-private cluster").',
      fix: 'Turn on private networking for that node group (privateNetworking: true), or turn off fully private for {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートですが、{{path}} が true ではありません。eksctl はこれを拒否します (「{{path}} must be enabled for a fully-private cluster」)。',
      fix: 'そのノードグループのプライベートネットワーキングを有効にする (privateNetworking: true) か、{{cluster}} の完全プライベートを無効にしてください。',
    },
  },
  needs: ['privateCluster'],
  checkConfig({ config }) {
    if (config.privateCluster?.enabled !== true) return [];
    return (['nodeGroups', 'managedNodeGroups'] as const).flatMap((key) => {
      const groups: unknown = config[key];
      if (!Array.isArray(groups)) return [];
      return groups.flatMap((ng: unknown, i) =>
        typeof ng === 'object' && ng !== null && (ng as Record<string, unknown>)['privateNetworking'] === true
          ? []
          : [{ path: [key, i, 'privateNetworking'] }],
      );
    });
  },
  fix: (design, d) => {
    const ng = findingPart(design, d, 'managed-node-group') ?? findingPart(design, d, 'self-managed-node-group');
    return patchProps(design, ng, (props) => (props.privateNetworking ? props : { ...props, privateNetworking: true }));
  },
});
