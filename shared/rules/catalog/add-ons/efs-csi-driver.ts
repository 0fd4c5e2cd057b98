import { defineRule } from '../../define.js';
import { volumesWithoutDriver } from '../../facts/volumes-without-driver.js';

/**
 * Workloads that say they share an EFS file system, on EC2 nodes of a cluster without the Amazon EFS CSI driver:
 * the manifests' StorageClass names the provisioner `efs.csi.aws.com`, which only the driver's controller serves
 * (it creates an access point per claim), and the driver's node DaemonSet mounts it. EKS Auto Mode has no EFS of its
 * own: its built-in storage is EBS only. Without it the claims stay Pending.
 */
export const efsCsiDriver = defineRule({
  id: 'addon.efs-csi-driver',
  severity: 'error',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html',
  text: {
    en: {
      message:
        'Workloads {{workloads}} of cluster {{cluster}} keep their data on EFS, but the cluster has no Amazon EFS CSI driver to provision and mount it, so their PersistentVolumeClaims stay Pending and the Pods never start.',
      fix: 'Turn on the EFS CSI driver add-on of {{cluster}} (eksctl gives it a role with the EFS CSI policy), or give these workloads EBS volumes or none.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のワークロード（{{workloads}}）は EFS にデータを保存しますが、クラスターにはプロビジョニングとマウントを行う Amazon EFS CSI ドライバーがないため、PersistentVolumeClaim が Pending のままになり、Pod が起動しません。',
      fix: '{{cluster}} の EFS CSI ドライバーアドオンを有効にする（eksctl が EFS CSI のポリシー付きのロールを作成します）か、これらのワークロードのボリュームを EBS にするか外してください。',
    },
  },
  check(index) {
    return volumesWithoutDriver(index, 'efs', (cluster) => cluster.props.addons.efsCsiDriver);
  },
});
