/**
 * Persistent volumes: the StorageClasses a cluster's workloads claim from, the claim of a workload (a
 * PersistentVolumeClaim, or a StatefulSet's volumeClaimTemplates entry) and where its containers mount it.
 *
 * EBS: gp3, encrypted, provisioned when the first Pod is scheduled (WaitForFirstConsumer, so in that Pod's zone),
 * expandable. The EBS CSI driver's provisioner is `ebs.csi.aws.com`; EKS Auto Mode's own storage is
 * `ebs.csi.eks.amazonaws.com`, and AWS restricts its class to Auto Mode nodes
 * (https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html). Auto Mode creates no StorageClass.
 * EFS: the EFS CSI driver's dynamic provisioning (one access point per claim) in a file system the user creates,
 * named by the `${EFS_FILE_SYSTEM_ID}` placeholder
 * (https://github.com/kubernetes-sigs/aws-efs-csi-driver/tree/master/examples/kubernetes/dynamic_provisioning).
 */
import type { PartOf } from '../model/parts.js';
import type { VolumeStorage, WorkloadVolume } from '../model/workload-volume.js';
import type { GenContext } from './context.js';
import { selectorLabels } from './context.js';
import { say } from './text.js';
import type { ManifestDocument } from './types.js';

/** The file system id only the user's account knows; envsubst fills it. */
export const EFS_FILE_SYSTEM_PLACEHOLDER = '${EFS_FILE_SYSTEM_ID}';
/** Name of the volume in the Pod spec and of a StatefulSet's claim template (its claims are `data-<pod>`). */
export const VOLUME_NAME = 'data';

export type StorageClassKind = 'ebs' | 'ebs-auto-mode' | 'efs';

const STORAGE_CLASS_NAMES: Record<StorageClassKind, string> = {
  ebs: 'ebs-gp3',
  'ebs-auto-mode': 'auto-ebs-gp3',
  efs: 'efs',
};

/** Access mode of each storage: an EBS volume attaches to one node; EFS is NFS, mounted by any number. */
export const ACCESS_MODE: Record<VolumeStorage, 'ReadWriteOnce' | 'ReadWriteMany'> = {
  ebs: 'ReadWriteOnce',
  efs: 'ReadWriteMany',
};

function autoModeOn(ctx: GenContext): boolean {
  return (ctx.config.autoModeConfig as { enabled?: unknown } | undefined)?.enabled === true;
}

/**
 * The class a workload's volume comes from. EBS under Auto Mode is Auto Mode's own provisioner for a workload on
 * the cluster's Auto Mode nodes; one on a node group of that cluster runs on nodes Auto Mode does not manage and
 * needs the EBS CSI driver's.
 */
export function storageClassKind(ctx: GenContext, workload: PartOf<'workload'>, volume: WorkloadVolume): StorageClassKind {
  if (volume.storage === 'efs') return 'efs';
  return autoModeOn(ctx) && ctx.index.placementOf(workload).on === 'cluster' ? 'ebs-auto-mode' : 'ebs';
}

export function storageClassName(kind: StorageClassKind): string {
  return STORAGE_CLASS_NAMES[kind];
}

/** The StorageClass objects `kinds` need, in a fixed order (EBS, Auto Mode EBS, EFS). */
export function storageClassDocuments(ctx: GenContext, kinds: ReadonlySet<StorageClassKind>): ManifestDocument[] {
  const docs: ManifestDocument[] = [];
  for (const kind of ['ebs', 'ebs-auto-mode', 'efs'] as const) {
    if (!kinds.has(kind)) continue;
    const metadata = { name: STORAGE_CLASS_NAMES[kind] };
    if (kind === 'efs') {
      docs.push({
        object: {
          apiVersion: 'storage.k8s.io/v1',
          kind: 'StorageClass',
          metadata,
          provisioner: 'efs.csi.aws.com',
          // Access points give each claim its own directory, owned by a POSIX id the access point enforces.
          parameters: { provisioningMode: 'efs-ap', fileSystemId: EFS_FILE_SYSTEM_PLACEHOLDER, directoryPerms: '700' },
        },
        notes: [
          { path: ['provisioner'], text: say(ctx.lang, 'efsStorageClass') },
          { path: ['parameters', 'fileSystemId'], text: say(ctx.lang, 'efsFileSystemPlaceholder') },
        ],
      });
      continue;
    }
    const auto = kind === 'ebs-auto-mode';
    docs.push({
      object: {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata,
        provisioner: auto ? 'ebs.csi.eks.amazonaws.com' : 'ebs.csi.aws.com',
        parameters: { type: 'gp3', encrypted: 'true' },
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: true,
        ...(auto
          ? { allowedTopologies: [{ matchLabelExpressions: [{ key: 'eks.amazonaws.com/compute-type', values: ['auto'] }] }] }
          : {}),
      },
      notes: [
        { path: ['provisioner'], text: say(ctx.lang, auto ? 'ebsAutoModeStorageClass' : 'ebsStorageClass') },
        { path: ['volumeBindingMode'], text: say(ctx.lang, 'ebsWaitForFirstConsumer') },
      ],
    });
  }
  return docs;
}

/** The spec of a claim for `volume` from class `kind`. */
export function claimSpec(volume: WorkloadVolume, kind: StorageClassKind): Record<string, unknown> {
  return {
    accessModes: [ACCESS_MODE[volume.storage]],
    storageClassName: STORAGE_CLASS_NAMES[kind],
    resources: { requests: { storage: `${volume.sizeGiB}Gi` } },
  };
}

/** Name of the one PersistentVolumeClaim of a workload that is not a StatefulSet. */
export function claimName(workload: PartOf<'workload'>): string {
  return `${workload.name}-${VOLUME_NAME}`;
}

/** The PersistentVolumeClaim every Pod of a Deployment, DaemonSet, Job or CronJob mounts. */
export function claimDocument(ctx: GenContext, workload: PartOf<'workload'>, volume: WorkloadVolume): ManifestDocument {
  const kind = storageClassKind(ctx, workload, volume);
  return {
    object: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: claimName(workload), namespace: workload.props.namespace, labels: selectorLabels(workload) },
      spec: claimSpec(volume, kind),
    },
    notes: [
      {
        path: ['spec', 'accessModes'],
        text: say(ctx.lang, volume.storage === 'ebs' ? 'claimSharedEbs' : 'claimSharedEfs', { workload: workload.name }),
      },
    ],
  };
}
