import { defineRule } from '../../define.js';
import { placedWorkloads } from '../../facts/compute.js';

export const noPrivilegedHostNetwork = defineRule({
  id: 'fargate.no-privileged-hostnetwork',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message:
        'Workload {{workload}} runs on Fargate profile {{profile}} but is privileged or uses the host network; privileged containers, HostNetwork and HostPort are not supported on Fargate.',
      fix: 'Move {{workload}} to an EC2 node group, or turn off privileged mode and host networking.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は Fargate プロファイル {{profile}} で実行されますが、特権モードまたはホストネットワークを使っています。Fargate では特権コンテナ、HostNetwork、HostPort を使えません。',
      fix: '{{workload}} を EC2 のノードグループに移すか、特権モードとホストネットワークを無効にしてください。',
    },
  },
  check(index) {
    return placedWorkloads(index).flatMap(({ workload, placement }) =>
      placement.on === 'fargate' && (workload.props.privileged || workload.props.hostNetwork)
        ? [{ partIds: [workload.id, placement.profile.id], params: { workload: workload.name, profile: placement.profile.name } }]
        : [],
    );
  },
});
