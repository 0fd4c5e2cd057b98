import { defineRule } from '../../define.js';
import { placementOfWorkload } from '../../facts/compute.js';
import type { Finding } from '../../types.js';

/**
 * An EBS volume attaches to one instance at a time, so its claims are ReadWriteOnce: "the volume can be mounted as
 * read-write by a single node". A workload other than a StatefulSet mounts one claim from all its Pods; when more
 * than one Pod may run (replicas or an HPA maximum above one, or a DaemonSet's Pod on every node) the Pods the
 * scheduler puts on another node fail with a Multi-Attach error and stay in ContainerCreating, and the volume, in one
 * Availability Zone, can never reach a node in another. A StatefulSet gets a volume per Pod from its templates, EFS
 * is ReadWriteMany: neither is this rule's.
 */
export const workloadEbsMultiAttach = defineRule({
  id: 'design.workload-ebs-multi-attach',
  severity: 'error',
  area: 'design',
  source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
  text: {
    en: {
      message:
        '{{kind}} {{workload}} can run more than one Pod (its replicas, its HPA maximum, or a DaemonSet Pod per node) and all of them mount one EBS volume, but an EBS volume attaches to one node at a time (ReadWriteOnce): Pods on other nodes fail with a Multi-Attach error and never start.',
      fix: 'Make {{workload}} a StatefulSet (one volume per Pod), give it an EFS volume (ReadWriteMany), or run one Pod.',
    },
    ja: {
      message:
        '{{kind}} {{workload}} は複数の Pod を実行でき（レプリカ数、HPA の最大数、または DaemonSet のノードごとの Pod）、そのすべてが 1 つの EBS ボリュームをマウントしますが、EBS ボリュームは一度に 1 つのノードにしかアタッチできません（ReadWriteOnce）。他のノードの Pod は Multi-Attach エラーで起動しません。',
      fix: '{{workload}} を StatefulSet にする（Pod ごとにボリューム）か、EFS ボリューム（ReadWriteMany）にするか、Pod を 1 つにしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const w = workloads[i]!;
      const { volume, workloadKind, replicas, hpa } = w.props;
      if (volume?.storage !== 'ebs' || workloadKind === 'StatefulSet') continue;
      if (workloadKind === 'DaemonSet') {
        // One Pod per node: a node group that never has more than one node runs one.
        const placement = placementOfWorkload(index, w);
        if (placement.on === 'node-group' && placement.nodeGroup.props.maxSize <= 1) continue;
      } else if (Math.max(replicas, hpa?.maxReplicas ?? 0) <= 1) continue; // a Job runs `replicas` Pods at once
      out.push({ partIds: [w.id], params: { kind: workloadKind, workload: w.name } });
    }
    return out;
  },
});
