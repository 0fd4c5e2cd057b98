/**
 * A workload's persistent volume (schema version 5): where its data lives (an EBS volume per Pod, or an EFS file
 * system all its Pods share), how big it is and where the containers mount it. The manifests write a StorageClass
 * and the claim (volumeClaimTemplates for a StatefulSet, one PersistentVolumeClaim otherwise); the rules check that
 * the cluster can provision and attach it; cost counts its GB-months.
 */
import { z } from 'zod';

export const VOLUME_STORAGE = ['ebs', 'efs'] as const;
export type VolumeStorage = (typeof VOLUME_STORAGE)[number];

/** EBS gp3 sizes: 1 GiB to 16 TiB (https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html). */
export const EBS_GP3_MIN_GIB = 1;
export const EBS_GP3_MAX_GIB = 16_384;

/**
 * A Windows path with its drive (`C:\data`, `C:/data`): what Windows Pods mount volumes at (Kubernetes' Windows
 * examples use `mountPath: "C:\\etc\\foo"` in YAML). The kubelet on Windows takes such a path as it is and puts a drive in
 * front of one without (`/data` becomes `c:/data`), so Linux-style paths work there too; after the drive, no
 * character Windows refuses in a path (`< > : " | ? *`).
 */
export const WINDOWS_MOUNT_PATH = /^[A-Za-z]:[\\/][^\0<>:"|?*]*$/;

/** A Linux absolute path, or a Windows one with its drive (WINDOWS_MOUNT_PATH). */
const MOUNT_PATH = /^(?:\/[^\0]*|[A-Za-z]:[\\/][^\0<>:"|?*]*)$/;

/** Whether `path` is a Windows path with a drive, which only Windows Pods can use as it is meant. */
export function isWindowsMountPath(path: string): boolean {
  return WINDOWS_MOUNT_PATH.test(path);
}

export const workloadVolumeSchema = z.strictObject({
  storage: z.enum(VOLUME_STORAGE),
  /**
   * Size the claim requests. EBS provisions exactly this (gp3's limits); EFS is elastic and bills what is stored,
   * but a PersistentVolumeClaim must still request a size, and the same limits keep it sensible.
   */
  sizeGiB: z.number().int().min(EBS_GP3_MIN_GIB).max(EBS_GP3_MAX_GIB),
  /** Where the containers see it: an absolute Linux path (`/var/lib/data`) or a Windows one (`C:\data`). */
  mountPath: z.string().max(1024).regex(MOUNT_PATH, 'a mount path is absolute: /var/lib/data (Linux) or C:\\data (Windows)'),
});
export type WorkloadVolume = z.infer<typeof workloadVolumeSchema>;

/** A new volume as the inspector first adds it. */
export const DEFAULT_WORKLOAD_VOLUME: WorkloadVolume = { storage: 'ebs', sizeGiB: 20, mountPath: '/data' };

/** Whether any workload of the design has a volume (what makes a file schema version 5). */
export function hasWorkloadVolumes(design: { parts: readonly { kind: string; props: unknown }[] }): boolean {
  const parts = design.parts;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.kind === 'workload' && (p.props as { volume?: unknown }).volume !== undefined) return true;
  }
  return false;
}
