import { defineRule } from '../../define.js';
import { fargateProfileMatches } from '../../../model/design-index.js';
import type { Finding } from '../../types.js';
import { fargateProfilesOfCluster, hasNoEc2Capacity, hybridNodeCount, placedWorkloads } from '../../facts/compute.js';

export const unmatchedPods = defineRule({
  id: 'fargate.unmatched-pods',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message:
        'Workload {{workload}} (namespace {{namespace}}) is meant for Fargate profile {{profile}}, but no selector matches its namespace and labels; its pods will not run on Fargate (and stay Pending where there are no nodes).',
      fix: 'Add a selector for namespace {{namespace}} (and the workload’s labels) to {{profile}}, or change the workload’s namespace or labels.',
    },
    ja: {
      message:
        'ワークロード {{workload}}（名前空間 {{namespace}}）は Fargate プロファイル {{profile}} で実行する想定ですが、名前空間とラベルに一致するセレクターがありません。Pod は Fargate で実行されません（ノードがない場合は Pending のままになります）。',
      fix: '{{profile}} に名前空間 {{namespace}}（とワークロードのラベル）のセレクターを追加するか、ワークロードの名前空間やラベルを変更してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const { workload, placement } of placedWorkloads(index)) {
      const params = { workload: workload.name, namespace: workload.props.namespace };
      const parent = index.parent(workload);
      if (parent?.kind === 'fargate-profile' && !fargateProfileMatches(parent, workload)) {
        findings.push({ partIds: [workload.id, parent.id], params: { ...params, profile: parent.name } });
      } else if (placement.on === 'cluster') {
        // Drawn loose in a Fargate-only cluster (no EC2 or hybrid nodes): Fargate is the only place it could run.
        const { cluster } = placement;
        const profiles = fargateProfilesOfCluster(index, cluster);
        if (profiles.length > 0 && hasNoEc2Capacity(index, cluster) && hybridNodeCount(index, cluster) === 0) {
          findings.push({
            partIds: [workload.id, ...profiles.map((fp) => fp.id)],
            params: { ...params, profile: profiles.map((fp) => fp.name).join(', ') },
          });
        }
      }
    }
    return findings;
  },
});
