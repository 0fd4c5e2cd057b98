import { defineChangeRule } from './define.js';

function minorOf(version: string): { major: number; minor: number } | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

/**
 * A cluster's Kubernetes version moving by more than one minor between two revisions. EKS updates a control plane
 * one minor version at a time, and eksctl (ResolveUpgradeVersion, pkg/eks/versions_manager.go) refuses more either
 * way: "upgrading more than one version at a time is not supported" (and the same for a rollback, which EKS allows
 * for one minor version only).
 */
export const upgradeOneMinor = defineChangeRule({
  id: 'cluster.upgrade-one-minor',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} goes from Kubernetes {{from}} to {{to}}, but EKS changes the version of a running control plane one minor version at a time; eksctl refuses it ("{{eksctlMessage}}").',
      fix: 'Plan it as steps of one minor version ({{steps}}), bringing the node groups and add-ons to each version before the next; or create a new cluster on {{to}} and move the workloads.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Kubernetes {{from}} から {{to}} に変わりますが、EKS は稼働中のコントロールプレーンのバージョンを 1 マイナーバージョンずつしか変えられません。eksctl はこれを拒否します（「{{eksctlMessage}}」）。',
      fix: '1 マイナーバージョンずつの手順（{{steps}}）で計画し、次に進む前にノードグループとアドオンをそのバージョンに合わせてください。または {{to}} の新しいクラスターを作成してワークロードを移してください。',
    },
  },
  checkChange(before, after) {
    const from = minorOf(before.props.version);
    const to = minorOf(after.props.version);
    if (!from || !to || from.major !== to.major || Math.abs(to.minor - from.minor) <= 1) return [];
    const step = to.minor > from.minor ? 1 : -1;
    const versions: string[] = [];
    for (let m = from.minor; m !== to.minor + step; m += step) versions.push(`${from.major}.${m}`);
    const next = versions[1]!;
    const [verb, noun] = step > 0 ? ['upgrading', 'upgrade'] : ['downgrading', 'downgrade'];
    const eksctlMessage = `${verb} more than one version at a time is not supported. Found ${noun} from "${before.props.version}" to "${after.props.version}". Please ${noun} to "${next}" first`;
    return [
      {
        partIds: [after.id],
        params: {
          cluster: after.name,
          from: before.props.version,
          to: after.props.version,
          steps: versions.join(' → '),
          eksctlMessage,
        },
      },
    ];
  },
});
