import type { Design } from '../../../model/design.js';
import { defineConfigRule } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { isObj } from '../../facts/config-values.js';
import { parseGoVersion } from '../../../eksctl/go-version.js';

/** The first Karpenter release whose chart tag has no leading "v" (0.34.x was tagged v0.34.x, 0.35.0 is 0.35.0). */
const UNPREFIXED_SINCE = [0, 35, 0] as const;
/** Below this eksctl refuses the version itself: eksctl.karpenter-version reports it. */
const EKSCTL_MINIMUM = [0, 20, 0] as const;

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * The tag Karpenter publishes its chart under for the release `version` names, when eksctl would ask Helm
 * for a different one; undefined when the version is right as written or is not one eksctl accepts.
 *
 * eksctl hands `karpenter.version` to Helm unchanged (pkg/karpenter/karpenter.go, `InstallChartOpts.Version`),
 * and Helm pulls an OCI chart by that exact text whenever it parses as a semantic version
 * (helm v3.20 pkg/registry/client.go `ValidateReference`): `v1.2.0` pulls the tag `v1.2.0`, `1.6` the tag `1.6`.
 * Karpenter's charts are tagged `X.Y.Z` since 0.35.0 and `vX.Y.Z` before it.
 */
export function karpenterChartTag(version: string): string | undefined {
  const parsed = parseGoVersion(version);
  if (!parsed || parsed.prerelease) return undefined;
  const release = parsed.segments.slice(0, 3);
  if (compare(release, EKSCTL_MINIMUM) < 0) return undefined;
  const tag = `${compare(release, UNPREFIXED_SINCE) < 0 ? 'v' : ''}${release.join('.')}`;
  return tag === version ? undefined : tag;
}

/** The version written in `karpenter.version`, if Karpenter is on. */
export function karpenterVersionOf(config: EksctlClusterConfig): string | undefined {
  const karpenter: unknown = config.karpenter;
  const version = isObj(karpenter) ? karpenter['version'] : undefined;
  return typeof version === 'string' ? version : undefined;
}

/** Karpenter's chart exists at the tag eksctl will ask Helm for. */
export const karpenterChartVersion = defineConfigRule({
  id: 'as.karpenter-chart-version',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/karpenter/karpenter.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} installs Karpenter "{{version}}": eksctl passes it to Helm unchanged as the tag of oci://public.ecr.aws/karpenter/karpenter, which Karpenter publishes as "{{tag}}" (no leading "v" since 0.35.0, a leading "v" before). eksctl creates the cluster, then stops with "failed to install Karpenter chart" and no Karpenter runs.',
      fix: 'Set the Karpenter version of {{cluster}} to {{tag}} (eksctl: "Exact version should be specified according to the Karpenter compatibility matrix").',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Karpenter「{{version}}」をインストールします。eksctl はこの値をそのまま oci://public.ecr.aws/karpenter/karpenter のタグとして Helm に渡しますが、Karpenter はこのリリースを「{{tag}}」として公開しています（0.35.0 以降は先頭に「v」を付けず、それより前は付けます）。eksctl はクラスターを作成した後、「failed to install Karpenter chart」で停止し、Karpenter は動きません。',
      fix: '{{cluster}} の Karpenter のバージョンを {{tag}} にしてください（eksctl:「Exact version should be specified according to the Karpenter compatibility matrix」）。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    const version = karpenterVersionOf(config);
    const tag = version === undefined ? undefined : karpenterChartTag(version);
    return tag === undefined ? [] : [{ path: ['karpenter', 'version'], params: { version: version!, tag } }];
  },
  fix: (design: Design, d) => {
    const tag = d.params['tag'];
    const clusterId = d.partIds[0];
    if (typeof tag !== 'string') return design;
    const changed = design.parts.some(
      (p) => p.id === clusterId && p.kind === 'cluster' && p.props.addons.karpenterVersion !== tag,
    );
    if (!changed) return design;
    return {
      ...design,
      parts: design.parts.map((p) =>
        p.id === clusterId && p.kind === 'cluster'
          ? { ...p, props: { ...p.props, addons: { ...p.props.addons, karpenterVersion: tag } } }
          : p,
      ),
    };
  },
});
