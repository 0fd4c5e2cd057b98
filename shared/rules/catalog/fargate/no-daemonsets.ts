import { defineRule } from '../../define.js';
import { placedWorkloads } from '../../facts/compute.js';

export const noDaemonSets = defineRule({
  id: 'fargate.no-daemonsets',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message: 'DaemonSet {{workload}} would run on Fargate profile {{profile}}, but DaemonSets are not supported on Fargate.',
      fix: 'Run the daemon as a sidecar container, use the Fargate log router or ADOT for observability, or move it to EC2 nodes.',
    },
    ja: {
      message:
        'DaemonSet {{workload}} は Fargate プロファイル {{profile}} で実行されることになりますが、Fargate では DaemonSet を使えません。',
      fix: 'デーモンをサイドカーコンテナとして実行するか、可観測性には Fargate のログルーターや ADOT を使うか、EC2 ノードに移してください。',
    },
  },
  check(index) {
    return placedWorkloads(index).flatMap(({ workload, placement }) =>
      placement.on === 'fargate' && workload.props.workloadKind === 'DaemonSet'
        ? [{ partIds: [workload.id, placement.profile.id], params: { workload: workload.name, profile: placement.profile.name } }]
        : [],
    );
  },
});
