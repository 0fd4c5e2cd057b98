import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #32: a node group on an Outpost needs the control plane there too in a fully-private cluster. */
export const privateClusterOutpostNodeGroup = defineConfigRule({
  id: 'eksctl.private-cluster-outpost-nodegroup',
  severity: 'error',
  area: 'cluster',
  eksctl: [32],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and {{path}} places a node group on an Outpost while the control plane is not on one; eksctl refuses it ("nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)").',
      fix: 'Remove outpostARN from that node group, or turn off fully private for {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートですが、コントロールプレーンが Outposts 上にないのに {{path}} でノードグループを Outpost に配置しています。eksctl はこれを拒否します (「nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)」)。',
      fix: 'そのノードグループから outpostARN を削除するか、{{cluster}} の完全プライベートを無効にしてください。',
    },
  },
  needs: ['privateCluster'],
  checkConfig({ config }) {
    if (config.privateCluster?.enabled !== true) return [];
    // With an `outpost` section eksctl checks the Outposts rules instead (another branch of the same check).
    const outpost: unknown = config.outpost;
    if (typeof outpost === 'object' && outpost !== null) return [];
    // Only self-managed node groups can name an Outpost; eksctl reports the first.
    const groups: unknown = config.nodeGroups;
    if (!Array.isArray(groups)) return [];
    const i = groups.findIndex((ng: unknown) => {
      const arn = typeof ng === 'object' && ng !== null ? (ng as Record<string, unknown>)['outpostARN'] : undefined;
      return typeof arn === 'string' && arn !== '';
    });
    if (i >= 0) return [{ path: ['nodeGroups', i, 'outpostARN'] }];
    return [];
  },
});
