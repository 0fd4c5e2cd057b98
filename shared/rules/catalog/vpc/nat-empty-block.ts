import { defineConfigRule } from '../../config-rule.js';

/**
 * eksctl-rules.md #25: `vpc.nat` without `gateway` makes eksctl (snapshot 99984adb) write through a nil
 * pointer while filling in the default (cmdutils/configfile.go), so `create cluster` crashes.
 */
export const natEmptyBlock = defineConfigRule({
  id: 'eksctl.nat-empty-block',
  severity: 'error',
  area: 'vpc',
  eksctl: [25],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has a vpc.nat block without gateway; eksctl fills in the default through a nil pointer and crashes ("invalid memory address or nil pointer dereference").',
      fix: 'Write vpc.nat.gateway for {{cluster}} (Single, HighlyAvailable or Disable), or remove the empty vpc.nat block.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の vpc.nat ブロックに gateway がありません。eksctl はデフォルト値を nil ポインター経由で設定しようとして異常終了します（「invalid memory address or nil pointer dereference」）。',
      fix: '{{cluster}} の vpc.nat.gateway（Single、HighlyAvailable、Disable のいずれか）を書くか、空の vpc.nat ブロックを削除してください。',
    },
  },
  needs: ['vpc.nat'],
  checkConfig({ config }) {
    const nat: unknown = config.vpc?.nat;
    if (nat === null || typeof nat !== 'object' || Array.isArray(nat)) return [];
    if ((nat as { gateway?: unknown }).gateway !== undefined) return [];
    return [{ path: ['vpc', 'nat'] }];
  },
});
