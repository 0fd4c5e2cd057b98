import { defineRule } from '../../define.js';
import { placedWorkloads } from '../../facts/compute.js';

const MAX_MILLICORES = 16_000;
const MAX_MEMORY_MIB = 120 * 1024;
/** Fargate adds this much memory to every pod for the kubelet, kube-proxy and containerd. */
const FARGATE_OVERHEAD_MIB = 256;

export const podSizeLimits = defineRule({
  id: 'fargate.pod-size-limits',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html',
  text: {
    en: {
      message:
        'Workload {{workload}} on Fargate requests {{cpu}} mCPU and {{memory}} MiB per pod; Fargate pods are limited to 16 vCPU and 120 GB of memory, including 256 MB Fargate adds.',
      fix: 'Lower the requests of {{workload}} or run it on an EC2 node group.',
    },
    ja: {
      message:
        'Fargate 上のワークロード {{workload}} は Pod あたり {{cpu}} mCPU と {{memory}} MiB を要求しています。Fargate の Pod は Fargate が追加する 256 MB を含めて 16 vCPU、メモリ 120 GB までです。',
      fix: '{{workload}} の要求を減らすか、EC2 のノードグループで実行してください。',
    },
  },
  check(index) {
    return placedWorkloads(index).flatMap(({ workload, placement }) => {
      const { cpuMillicores: cpu, memoryMiB: memory } = workload.props;
      if (placement.on !== 'fargate') return [];
      if (cpu <= MAX_MILLICORES && memory + FARGATE_OVERHEAD_MIB <= MAX_MEMORY_MIB) return [];
      return [{ partIds: [workload.id, placement.profile.id], params: { workload: workload.name, cpu, memory } }];
    });
  },
});
