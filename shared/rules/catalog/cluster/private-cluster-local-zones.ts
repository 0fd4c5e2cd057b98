import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #32 (and #14): a fully-private cluster cannot use Local Zones. */
export const privateClusterLocalZones = defineConfigRule({
  id: 'eksctl.private-cluster-local-zones',
  severity: 'error',
  area: 'cluster',
  eksctl: [32],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and lists localZones; eksctl refuses it ("localZones cannot be used in a fully-private cluster").',
      fix: 'Remove localZones from {{cluster}}, or turn off fully private.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートですが localZones を指定しています。eksctl はこれを拒否します (「localZones cannot be used in a fully-private cluster」)。',
      fix: '{{cluster}} から localZones を削除するか、完全プライベートを無効にしてください。',
    },
  },
  needs: ['privateCluster'],
  checkConfig({ config }) {
    if (config.privateCluster?.enabled !== true) return [];
    const zones: unknown = config.localZones;
    return Array.isArray(zones) && zones.length > 0 ? [{ path: ['localZones'] }] : [];
  },
});
