import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, isObj, type ConfigNodeGroup } from './config-node-groups.js';

/** EnableMetricsCollection's only granularity. */
const GRANULARITY = '1Minute';
/** The group metrics Auto Scaling collects (EnableMetricsCollection `Metrics`, case-sensitive). */
const GROUP_METRICS: ReadonlySet<string> = new Set([
  'GroupMinSize',
  'GroupMaxSize',
  'GroupDesiredCapacity',
  'GroupInServiceInstances',
  'GroupPendingInstances',
  'GroupStandbyInstances',
  'GroupTerminatingInstances',
  'GroupTotalInstances',
  'GroupInServiceCapacity',
  'GroupPendingCapacity',
  'GroupStandbyCapacity',
  'GroupTerminatingCapacity',
  'GroupTotalCapacity',
  'WarmPoolDesiredCapacity',
  'WarmPoolWarmedCapacity',
  'WarmPoolPendingCapacity',
  'WarmPoolTerminatingCapacity',
  'WarmPoolTotalCapacity',
  'GroupAndWarmPoolDesiredCapacity',
  'GroupAndWarmPoolTotalCapacity',
]);

/** Adds a finding per entry of a self-managed group's asgMetricsCollection that Auto Scaling refuses. */
function collectionProblems(out: ConfigFinding[], entries: unknown[], group: ConfigNodeGroup): void {
  const nodeGroup = group.name;
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!isObj(entry)) continue;
    const granularity: unknown = entry['granularity'];
    if (typeof granularity === 'string' && granularity !== GRANULARITY) {
      out.push({ path: group.at('asgMetricsCollection', i, 'granularity'), params: { nodeGroup, value: granularity } });
      continue;
    }
    const metrics = arr(entry['metrics']);
    for (let m = 0; m < metrics.length; m++) {
      const metric: unknown = metrics[m];
      if (typeof metric === 'string' && !GROUP_METRICS.has(metric)) {
        out.push({ path: group.at('asgMetricsCollection', i, 'metrics', m), params: { nodeGroup, value: metric } });
        break;
      }
    }
  }
}

/**
 * A self-managed group's asgMetricsCollection goes into its Auto Scaling group's MetricsCollection as written
 * (eksctl pkg/cfn/builder/nodegroup.go metricsCollectionResource, no validation): a granularity other than
 * 1Minute or a metric name outside Auto Scaling's group metrics fails the node group's stack.
 */
export const asgMetricsCollection = defineConfigRule({
  id: 'ng.asg-metrics-collection',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_EnableMetricsCollection.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} asks its Auto Scaling group to collect "{{value}}" ({{path}}), which Auto Scaling refuses: eksctl passes asgMetricsCollection on unchecked, so the node group\'s stack fails.',
      fix: 'Use granularity 1Minute (the only one) and group metrics such as GroupDesiredCapacity, GroupInServiceInstances, GroupPendingInstances or GroupTotalInstances; instance metrics such as CPUUtilization come from CloudWatch without this setting.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は Auto Scaling グループに「{{value}}」({{path}}) の収集を指定していますが、Auto Scaling はこれを拒否します。eksctl は asgMetricsCollection を確認せずに渡すため、ノードグループのスタックが失敗します。',
      fix: 'granularity には「1Minute」(唯一の値) を、メトリクスには GroupDesiredCapacity、GroupInServiceInstances、GroupPendingInstances、GroupTotalInstances などのグループメトリクスを指定してください。「CPUUtilization」などのインスタンスメトリクスはこの設定なしで CloudWatch に送られます。',
    },
  },
  needs: ['nodeGroups[].asgMetricsCollection'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (group.managed) continue;
      const entries = arr(group.ng['asgMetricsCollection']);
      if (entries.length > 0) collectionProblems(out, entries, group);
    }
    return out;
  },
});
