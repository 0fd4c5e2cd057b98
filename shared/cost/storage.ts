/**
 * Persistent volumes of the workloads: EBS gp3 is billed per provisioned GB-month, EFS Standard per stored GB-month.
 * A StatefulSet claims a volume per Pod (volumeClaimTemplates), so it pays replicas x size; every other kind mounts
 * one claim all its Pods share, paid once. The claims a StatefulSet's HPA scale-up creates stay after scaling down
 * (Kubernetes keeps them), so with an HPA the maximum counts.
 */
import { costLine, type CostContext } from './line.js';
import { costText } from './localize.js';
import type { CostLine } from './types.js';

export function volumeLines(ctx: CostContext): CostLine[] {
  const { services } = ctx.prices;
  const out: CostLine[] = [];
  const workloads = ctx.index.ofKind('workload');
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i]!;
    const volume = w.props.volume;
    if (!volume) continue;
    const perPod = w.props.workloadKind === 'StatefulSet';
    const claims = perPod ? (w.props.hpa?.maxReplicas ?? w.props.replicas) : 1;
    const ebs = volume.storage === 'ebs';
    const notes = [
      perPod
        ? costText('note.volume-per-pod', { claims, size: volume.sizeGiB })
        : costText('note.volume-shared', { size: volume.sizeGiB }),
    ];
    // EFS bills what is stored, not what is claimed: the claim's size stands in for it.
    if (!ebs) notes.push(costText('note.efs-stored'));
    out.push(
      costLine(
        w.id,
        costText(ebs ? 'item.ebs-volumes' : 'item.efs-storage', { name: w.name }),
        claims * volume.sizeGiB,
        ebs ? services.ebsGp3GbMonth : services.efsStandardGbMonth,
        { estimate: !ebs, notes },
      ),
    );
  }
  return out;
}
