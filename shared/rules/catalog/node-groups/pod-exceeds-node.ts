import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { nodeGroupDemands } from './capacity-fit.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A pod whose requests exceed what one node of its group can allocate (capacity less kube-reserved and the
 * DaemonSets on every node) is never scheduled, however many nodes the group gets.
 */
export const podExceedsNode = defineRule({
  id: 'ng.pod-exceeds-node',
  severity: 'error',
  area: 'node-groups',
  source: 'https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/#node-allocatable',
  text: {
    en: {
      message:
        "A pod of workload {{workload}} requests {{cpu}} vCPU and {{memory}} GiB, but one {{instanceType}} node of node group {{nodeGroup}} has only {{nodeCpu}} vCPU and {{nodeMemory}} GiB allocatable for it (after kube-reserved and DaemonSets); the pod is never scheduled, whatever the group's size.",
      fix: 'Use a larger instance type for {{nodeGroup}}, or lower the requests of {{workload}}.',
    },
    ja: {
      message:
        'ワークロード {{workload}} の Pod は {{cpu}} vCPU / {{memory}} GiB を要求しますが、ノードグループ {{nodeGroup}} の {{instanceType}} ノード 1 台で割り当て可能なのは {{nodeCpu}} vCPU / {{nodeMemory}} GiB だけです（kube-reserved と DaemonSet を引いた量）。グループのサイズにかかわらず、この Pod はスケジュールされません。',
      fix: '{{nodeGroup}} により大きなインスタンスタイプを使うか、{{workload}} のリクエストを減らしてください。',
    },
  },
  check(index) {
    return nodeGroupDemands(index).flatMap(({ ng, d }): Finding[] =>
      d.tooLarge.map((w) => ({
        partIds: [w.id, ng.id],
        params: {
          workload: w.name,
          nodeGroup: ng.name,
          cpu: round1(w.props.cpuMillicores / 1000),
          memory: round1(w.props.memoryMiB / 1024),
          instanceType: d.launched.type,
          nodeCpu: round1(d.launched.cpuMillicores / 1000),
          nodeMemory: round1(d.launched.memoryMiB / 1024),
        },
      })),
    );
  },
});
