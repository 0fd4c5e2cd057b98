import { defineConfigRule } from '../../config-rule.js';
import type { ConfigFinding } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';
import { addonNames } from './ipv6-addons.js';

/** Minimum vpc-cni add-on version and Kubernetes version eksctl accepts for IPv6. */
const MIN_VPC_CNI = [1, 10, 0];
const MIN_KUBERNETES = [1, 21];

/**
 * A version as hashicorp/go-version (used by eksctl) reads it: optional "v", numeric segments, an optional
 * pre-release (which sorts before the release), e.g. v1.18.3-eksbuild.1. Undefined when it does not parse.
 */
function parseVersion(text: string): { segments: number[]; prerelease: boolean } | undefined {
  const m = /^v?(\d+(?:\.\d+)*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text);
  if (!m) return undefined;
  return { segments: m[1]!.split('.').map(Number), prerelease: m[2] !== undefined };
}

function lessThan(version: { segments: number[]; prerelease: boolean }, min: readonly number[]): boolean {
  const n = Math.max(version.segments.length, min.length);
  for (let i = 0; i < n; i++) {
    const a = version.segments[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a < b;
  }
  return version.prerelease;
}

/** eksctl-rules.md #36: IPv6 needs vpc-cni >= 1.10.0 (when a version is pinned) and Kubernetes >= 1.21. */
export const ipv6Versions = defineConfigRule({
  id: 'eksctl.ipv6-versions',
  severity: 'error',
  area: 'cluster',
  eksctl: [36],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'Cluster {{cluster}} is IPv6, but {{path}} is {{value}}; eksctl refuses it ("{{eksctl}}").',
      fix: 'For IPv6 on {{cluster}}, use vpc-cni 1.10.0 or newer (or leave its version out) and Kubernetes 1.21 or newer.',
    },
    ja: {
      message: 'クラスター {{cluster}} は IPv6 ですが、{{path}} が {{value}} です。eksctl はこれを拒否します（「{{eksctl}}」）。',
      fix: '{{cluster}} で IPv6 を使うには、vpc-cni 1.10.0 以降（またはバージョン指定なし）と Kubernetes 1.21 以降にしてください。',
    },
  },
  needs: ['kubernetesNetworkConfig'],
  checkConfig({ config }) {
    if (!isIpv6(config)) return [];
    const out: ConfigFinding[] = [];
    const cni = addonNames(config).exact('vpc-cni');
    const pinned = cni?.addon['version'];
    if (cni && typeof pinned === 'string' && pinned !== '' && pinned !== 'latest') {
      const parsed = parseVersion(pinned);
      if (parsed && lessThan(parsed, MIN_VPC_CNI))
        out.push({
          path: ['addons', cni.index, 'version'],
          params: { value: pinned, eksctl: 'vpc-cni version must be at least version 1.10.0 for IPv6' },
        });
    }
    const version: unknown = config.metadata?.version;
    const parsed = typeof version === 'string' ? parseVersion(version) : undefined;
    if (parsed && lessThan({ ...parsed, prerelease: false }, MIN_KUBERNETES))
      out.push({
        path: ['metadata', 'version'],
        params: { value: version as string, eksctl: 'cluster version must be >= 1.21' },
      });
    return out;
  },
});
