import { defineRule } from '../../define.js';
import { autoModeServesEbs } from '../../facts/compute.js';
import { volumesWithoutDriver } from '../../facts/volumes-without-driver.js';

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
    return volumesWithoutDriver(
      index,
      'ebs',
      (cluster, placement) => cluster.props.addons.ebsCsiDriver || autoModeServesEbs(placement),
    );
  },
});
