import { autoDiscoveryTags } from '../../../deploy/controllers.js';
import { formatPath } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';
import { configNodeGroups, num } from '../node-groups/config-node-groups.js';
import { clusterAutoscalerGrants } from './cluster-autoscaler-grants.js';

/**
 * Cluster Autoscaler's auto-discovery scales only Auto Scaling groups tagged `k8s.io/cluster-autoscaler/enabled`
 * and `k8s.io/cluster-autoscaler/<cluster>`. EKS tags managed node groups' groups itself; eksctl tags a
 * self-managed group's only when the group has `iam.withAddonPolicies.autoScaler` (pkg/cfn/builder/nodegroup.go),
 * and otherwise copies the group's `tags` and the cluster's `metadata.tags` onto it. The export writes the tags
 * for a drawn group; an imported file may lack them. Only a group with room to scale (max above min, with eksctl's
 * defaults: min = desired ?? 2, max = desired ?? min) is one Cluster Autoscaler is meant to scale.
 */
export const caAsgTags = defineConfigRule({
  id: 'as.ca-asg-tags',
  // eksctl creates the group and it runs at its desired size; only its autoscaling is lost.
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md',
  text: {
    en: {
      message:
        'Self-managed node group {{nodeGroup}} of cluster {{cluster}} may scale from {{min}} to {{max}} nodes, and the cluster runs Cluster Autoscaler (it gets its IAM policy at {{grant}}), but the group lacks the tags {{missing}} that Cluster Autoscaler finds node groups by: it never scales {{nodeGroup}}. eksctl adds them to a self-managed group only when the group has iam.withAddonPolicies.autoScaler.',
      fix: 'Add the tags k8s.io/cluster-autoscaler/enabled: "true" and k8s.io/cluster-autoscaler/{{cluster}}: owned to {{nodeGroup}} (its tags), or set iam.withAddonPolicies.autoScaler: true on it; EKS tags managed node groups itself.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のセルフマネージド型ノードグループ {{nodeGroup}} は {{min}} 〜 {{max}} ノードの範囲でスケールでき、クラスターでは Cluster Autoscaler が動きます（{{grant}} で IAM ポリシーを付与）が、このノードグループには Cluster Autoscaler がノードグループを見つけるためのタグ {{missing}} がありません。Cluster Autoscaler は {{nodeGroup}} をスケールしません。eksctl がセルフマネージド型ノードグループにこれらのタグを付けるのは、iam.withAddonPolicies.autoScaler を指定したときだけです。',
      fix: '{{nodeGroup}} のタグに k8s.io/cluster-autoscaler/enabled: "true" と k8s.io/cluster-autoscaler/{{cluster}}: owned を追加するか、iam.withAddonPolicies.autoScaler: true を設定してください。マネージド型ノードグループには EKS がタグを付けます。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    // Indexed loops and no callbacks: this runs for every cluster with node groups on every validation.
    const groups = configNodeGroups(config);
    let selfManaged = false;
    for (let i = 0; i < groups.length && !selfManaged; i++) selfManaged = !groups[i]!.managed;
    if (!selfManaged) return [];
    const grants = clusterAutoscalerGrants(config);
    if (grants.length === 0) return [];
    const name = config.metadata?.name;
    const wanted = autoDiscoveryTags(typeof name === 'string' ? name : '');
    const clusterTags: unknown = config.metadata?.tags;
    const out: ConfigFinding[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (g.managed) continue;
      const ngIam = g.ng['iam'];
      if (isObj(ngIam) && isObj(ngIam['withAddonPolicies']) && ngIam['withAddonPolicies']['autoScaler'] === true) continue;
      const desired = num(g.ng['desiredCapacity']);
      const min = num(g.ng['minSize']) ?? desired ?? 2;
      const max = num(g.ng['maxSize']) ?? desired ?? min;
      if (max <= min) continue;
      const tags = g.ng['tags'];
      let missing = '';
      for (let k = 0; k < wanted.length; k++) {
        const key = wanted[k]!;
        if ((isObj(tags) && key in tags) || (isObj(clusterTags) && key in clusterTags)) continue;
        missing = missing === '' ? key : `${missing}, ${key}`;
      }
      if (missing === '') continue;
      out.push({
        path: isObj(tags) ? g.at('tags') : g.at(),
        params: { nodeGroup: g.name, min, max, missing, grant: formatPath(grants[0]!) },
      });
    }
    return out;
  },
});
