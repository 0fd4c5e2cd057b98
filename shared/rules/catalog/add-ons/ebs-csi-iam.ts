import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/**
 * eksctl creates the EBS CSI driver's IAM role whenever the add-on is switched on, so the role can only
 * be missing together with the driver. What the design shows is StatefulSets on EC2 nodes, which
 * usually claim EBS volumes, in a cluster without the driver. StatefulSets may also use no volume or
 * EFS, hence a warning rather than the catalog's error.
 */
export const ebsCsiIam = defineRule({
  id: 'addon.ebs-csi-iam',
  severity: 'warning',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
  text: {
    en: {
      message:
        'StatefulSets of cluster {{cluster}} ({{workloads}}) usually keep their data on EBS volumes, but the cluster has no Amazon EBS CSI driver with its IAM role, so their PersistentVolumeClaims would stay Pending.',
      fix: 'Turn on the EBS CSI driver add-on of {{cluster}} (eksctl gives it a role with AmazonEBSCSIDriverPolicy), unless these StatefulSets use no EBS volumes.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の StatefulSet（{{workloads}}）は通常 EBS ボリュームにデータを保存しますが、クラスターに IAM ロール付きの Amazon EBS CSI ドライバーがないため、PersistentVolumeClaim が Pending のままになります。',
      fix: 'これらの StatefulSet が EBS ボリュームを使わないのでなければ、{{cluster}} の EBS CSI ドライバーアドオンを有効にしてください（eksctl が AmazonEBSCSIDriverPolicy 付きのロールを作成します）。',
    },
  },
  check(index) {
    const byCluster = new Map<string, { cluster: PartOf<'cluster'>; sets: PartOf<'workload'>[] }>();
    for (const w of index.ofKind('workload')) {
      if (w.props.workloadKind !== 'StatefulSet') continue;
      const placement = index.placementOf(w);
      // On Fargate EBS is not available at all; that is fargate.unsupported-compute's finding.
      const cluster =
        placement.on === 'node-group'
          ? index.clusterOf(placement.nodeGroup)
          : placement.on === 'cluster'
            ? placement.cluster
            : undefined;
      if (!cluster || cluster.props.addons.ebsCsiDriver) continue;
      const entry = byCluster.get(cluster.id) ?? { cluster, sets: [] };
      entry.sets.push(w);
      byCluster.set(cluster.id, entry);
    }
    const out: Finding[] = [];
    for (const { cluster, sets } of byCluster.values()) {
      out.push({
        partIds: [cluster.id, ...sets.map((w) => w.id)],
        params: { cluster: cluster.name, workloads: sets.map((w) => w.name).join(', ') },
      });
    }
    return out;
  },
});
