import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/** Oldest Karpenter eksctl installs (eksctl `validateKarpenterConfig`: `minimum supported version is v0.20.0`). */
const MINIMUM = [0, 20, 0] as const;

/** [major, minor, patch] of `1.6.0` or `v1.6.0`; undefined when it is not such a version. */
export function parseKarpenterVersion(text: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/**
 * A version as hashicorp/go-version (which eksctl uses) reads it: `v1`, `1.6`, `0.20.0-rc.1`, `1.0.0+build`.
 * Undefined when go-version refuses it. Missing segments are 0; a pre-release sorts before its release.
 */
export function parseGoVersion(text: string): { segments: number[]; prerelease: boolean } | undefined {
  const m = /^v?(\d+(?:\.\d+)*)(?:-?([0-9A-Za-z~-]+(?:\.[0-9A-Za-z~-]+)*))?(?:\+[0-9A-Za-z~-]+(?:\.[0-9A-Za-z~-]+)*)?$/.exec(
    text,
  );
  if (!m) return undefined;
  const segments = m[1]!.split('.').map(Number);
  while (segments.length < 3) segments.push(0);
  return { segments, prerelease: m[2] !== undefined };
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
