import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import { autoModeServesEbs, ec2ClusterOf, placedWorkloads } from '../../facts/compute.js';
import type { Finding } from '../../types.js';

/**
 * Workloads that say they keep data on EBS, on EC2 nodes of a cluster without the Amazon EBS CSI driver: nothing
 * serves the StorageClass provisioner `ebs.csi.aws.com` the manifests use, so the claims stay Pending and the Pods
 * with them. eksctl creates the driver's IAM role whenever the add-on is on, so the role is missing only together
 * with the driver. EKS Auto Mode provisions EBS itself for workloads on its own nodes ("You don't need to install the
 * Amazon EBS CSI controller on EKS Auto Mode clusters"); a node group of such a cluster still needs the driver.
 * A workload without a volume (a StatefulSet may keep nothing) needs no driver; Fargate cannot mount EBS at all
 * (fargate.unsupported-compute).
 */
export const ebsCsiIam = defineRule({
  id: 'addon.ebs-csi-iam',
  severity: 'error',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
  text: {
    en: {
      message:
        'Workloads {{workloads}} of cluster {{cluster}} keep their data on EBS volumes, but the cluster has no Amazon EBS CSI driver (with its IAM role) to create and attach them, so their PersistentVolumeClaims stay Pending and the Pods never start.',
      fix: 'Turn on the EBS CSI driver add-on of {{cluster}} (eksctl gives it a role with AmazonEBSCSIDriverPolicy), or give these workloads EFS volumes or none.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のワークロード（{{workloads}}）は EBS ボリュームにデータを保存しますが、クラスターにはボリュームを作成・アタッチする Amazon EBS CSI ドライバー（IAM ロール付き）がないため、PersistentVolumeClaim が Pending のままになり、Pod が起動しません。',
      fix: '{{cluster}} の EBS CSI ドライバーアドオンを有効にする（eksctl が AmazonEBSCSIDriverPolicy 付きのロールを作成します）か、これらのワークロードのボリュームを EFS にするか外してください。',
    },
  },
  check(index) {
    const byCluster = new Map<string, { cluster: PartOf<'cluster'>; workloads: PartOf<'workload'>[] }>();
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      if (workload.props.volume?.storage !== 'ebs' || autoModeServesEbs(placement)) continue;
      const cluster = ec2ClusterOf(index, placement);
      if (!cluster || cluster.props.addons.ebsCsiDriver) continue;
      const entry = byCluster.get(cluster.id);
      if (entry) entry.workloads.push(workload);
      else byCluster.set(cluster.id, { cluster, workloads: [workload] });
    }
    const out: Finding[] = [];
    for (const { cluster, workloads } of byCluster.values()) {
      out.push({
        partIds: [cluster.id, ...workloads.map((w) => w.id)],
        params: { cluster: cluster.name, workloads: workloads.map((w) => w.name).join(', ') },
      });
    }
    return out;
  },
});
