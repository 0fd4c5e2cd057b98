import { defineConfigRule } from '../../config-rule.js';
import { parseGoVersion } from '../../../eksctl/go-version.js';
import { isObj } from '../../facts/config-values.js';

/** Oldest Karpenter eksctl installs (eksctl `validateKarpenterConfig`: `minimum supported version is v0.20.0`). */
const MINIMUM = [0, 20, 0] as const;

/** [major, minor, patch] of `1.6.0` or `v1.6.0`; undefined when it is not such a version. */
export function parseKarpenterVersion(text: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function belowMinimum(v: { segments: number[]; prerelease: boolean }): boolean {
  for (let i = 0; i < 3; i++) if (v.segments[i] !== MINIMUM[i]) return v.segments[i]! < MINIMUM[i]!;
  if (v.segments.slice(3).some((s) => s > 0)) return false;
  return v.prerelease;
}

/** eksctl-rules.md #68 (version part): `karpenter.version` is required, parses, and is at least v0.20.0. */
export const karpenterVersion = defineConfigRule({
  id: 'eksctl.karpenter-version',
  severity: 'error',
  area: 'autoscaling',
  eksctl: [68],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} installs Karpenter version "{{version}}"; eksctl refuses it ("failed to validate Karpenter config: {{problem}}").',
      fix: 'Set the Karpenter version of {{cluster}} to a release that supports its Kubernetes version, such as 1.14.1 (at least v0.20.0).',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Karpenter のバージョン「{{version}}」は使えません。eksctl はこれを拒否します (「failed to validate Karpenter config: {{problem}}」)。',
      fix: '{{cluster}} の Karpenter のバージョンを、Kubernetes のバージョンをサポートするリリース（1.14.1 など、v0.20.0 以上）にしてください。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    const karpenter: unknown = config.karpenter;
    if (karpenter === undefined || karpenter === null) return [];
    const version = isObj(karpenter) ? karpenter['version'] : undefined;
    const path = ['karpenter', 'version'];
    if (typeof version !== 'string' || version === '')
      return [{ path, params: { version: '', problem: 'version field is required if installing Karpenter is enabled' } }];
    const parsed = parseGoVersion(version);
    if (!parsed) return [{ path, params: { version, problem: `failed to parse Karpenter version "${version}"` } }];
    if (belowMinimum(parsed)) return [{ path, params: { version, problem: 'minimum supported version is v0.20.0' } }];
    return [];
  },
});
