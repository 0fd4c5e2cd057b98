import type { Rule } from '../../types.js';
import { ecrImageMismatch } from './ecr-image-mismatch.js';
import { partNeedsParent } from './part-needs-parent.js';
import { workloadEbsMultiAttach } from './workload-ebs-multi-attach.js';
import { workloadEfsWindows } from './workload-efs-windows.js';
import { workloadMountPathOs } from './workload-mount-path-os.js';
import { workloadK8sNames } from './workload-k8s-names.js';
import { workloadNoImage } from './workload-no-image.js';

export const designRules: readonly Rule[] = [
  partNeedsParent,
  workloadNoImage,
  ecrImageMismatch,
  workloadK8sNames,
  workloadEbsMultiAttach,
  workloadEfsWindows,
  workloadMountPathOs,
];
