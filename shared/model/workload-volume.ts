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

export const workloadVolumeSchema = z.strictObject({
  storage: z.enum(VOLUME_STORAGE),
  /**
   * Size the claim requests. EBS provisions exactly this (gp3's limits); EFS is elastic and bills what is stored,
   * but a PersistentVolumeClaim must still request a size, and the same limits keep it sensible.
   */
  sizeGiB: z.number().int().min(EBS_GP3_MIN_GIB).max(EBS_GP3_MAX_GIB),
  /** Where the containers see it; an absolute path (`/var/lib/data`). */
  mountPath: z
    .string()
    .max(1024)
    .regex(/^\/[^\0]*$/, 'a mount path is absolute, e.g. /var/lib/data'),
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
