import { defineRule } from '../../define.js';

/** Oldest Karpenter eksctl installs (eksctl `validateKarpenterConfig`). */
const MINIMUM: readonly [number, number, number] = [0, 20, 0];

/** [major, minor, patch] of `1.6.0` or `v1.6.0`; undefined when it is not such a version. */
export function parseKarpenterVersion(text: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function below(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i]! < min[i]!;
  return false;
}

export const karpenterVersion = defineRule({
  id: 'eksctl.karpenter-version',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} installs Karpenter version "{{version}}"; eksctl needs a version of the form 1.6.0, at least v0.20.0.',
      fix: 'Set the Karpenter version of {{cluster}} to a supported release such as 1.6.0.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Karpenter のバージョン「{{version}}」は使えません。eksctl には 1.6.0 の形式で v0.20.0 以上のバージョンが必要です。',
      fix: '{{cluster}} の Karpenter のバージョンを 1.6.0 などのサポートされたリリースにしてください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      const { nodeAutoscaler, karpenterVersion: version } = cluster.props.addons;
      if (nodeAutoscaler !== 'karpenter') return [];
      const parsed = parseKarpenterVersion(version);
      if (parsed && !below(parsed, MINIMUM)) return [];
      return [{ partIds: [cluster.id], params: { cluster: cluster.name, version } }];
    });
  },
});
