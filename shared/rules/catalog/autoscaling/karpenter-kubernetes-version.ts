import { compareMinor, KARPENTER_LATEST, karpenterSupportRange } from '../../../deploy/chart-versions.js';
import { defineConfigRule } from '../../config-rule.js';
import { karpenterVersionOf } from './karpenter-chart-version.js';
import { parseGoVersion } from '../../../eksctl/go-version.js';

/** Karpenter 0.x releases support Kubernetes up to 1.30 (0.37 was the last; 1.31 needs 1.0.5+). */
const ZERO_MAX = '1.30';

/**
 * The Kubernetes versions Karpenter `version` runs on, from its compatibility matrix; undefined for a
 * release the matrix does not list (then nothing is claimed).
 */
function supportRange(version: string): { min?: string; max: string } | undefined {
  // A version eksctl refuses (below v0.20.0, or unreadable) is eksctl.karpenter-version's to report.
  const parsed = parseGoVersion(version);
  if (!parsed || (parsed.segments[0] === 0 && parsed.segments[1]! < 20)) return undefined;
  const known = karpenterSupportRange(version);
  if (known) return known;
  return /^v?0\.\d+\.\d+$/.test(version.trim()) ? { max: ZERO_MAX } : undefined;
}

/**
 * Karpenter checks the cluster's Kubernetes version when it starts and panics outside its range
 * (kubernetes-sigs/karpenter pkg/operator: "karpenter version is not compatible with K8s version %s"), so its
 * pod crash-loops, eksctl's Helm install waits for it and fails, and no Karpenter node is ever launched.
 */
export const karpenterKubernetesVersion = defineConfigRule({
  id: 'as.karpenter-kubernetes-version',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://karpenter.sh/docs/upgrading/compatibility/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs Kubernetes {{kubernetes}}, which Karpenter {{version}} does not support ({{range}}): its controller stops at start ("karpenter version is not compatible with K8s version {{kubernetes}}") and launches no nodes.',
      fix: 'Set the Karpenter version of {{cluster}} to one that supports Kubernetes {{kubernetes}}, such as {{latest}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes {{kubernetes}} は Karpenter {{version}} がサポートしていません（{{range}}）。コントローラーは起動時に停止し（「karpenter version is not compatible with K8s version {{kubernetes}}」）、ノードを起動しません。',
      fix: '{{cluster}} の Karpenter のバージョンを、Kubernetes {{kubernetes}} をサポートするもの（{{latest}} など）にしてください。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    const version = karpenterVersionOf(config);
    const kubernetes = String(config.metadata?.version ?? '');
    if (version === undefined || !/^1\.\d+$/.test(kubernetes)) return [];
    const range = supportRange(version);
    if (!range) return [];
    const tooOld = range.min !== undefined && compareMinor(kubernetes, range.min) < 0;
    if (!tooOld && compareMinor(kubernetes, range.max) <= 0) return [];
    const rangeText = range.min !== undefined ? `${range.min}–${range.max}` : `≤ ${range.max}`;
    return [{ path: ['karpenter', 'version'], params: { version, kubernetes, range: rangeText, latest: KARPENTER_LATEST } }];
  },
});
