import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, isObj, str } from './config-node-groups.js';

/** EKS API (labelsMap, Taint): keys and values of at most 63 characters, label values of at least 1; 50 taints. */
const MAX_LENGTH = 63;
const MAX_TAINTS = 50;

/**
 * A managed group's labels and taints go to EKS (AWS::EKS::Nodegroup Labels and Taints,
 * pkg/cfn/builder/managed_nodegroup.go), whose API is stricter than Kubernetes: a label value may not be empty
 * (Kubernetes role labels such as node-role.example.com/ingress: "" are refused, aws/containers-roadmap#2447), a
 * label or taint key counts its prefix within 63 characters, and a group takes at most 50 taints. eksctl checks the
 * Kubernetes syntax only (eksctl.ng-labels, eksctl.ng-taints), so the node group's stack fails. A self-managed
 * group passes them to the kubelet, which takes them.
 */
export const managedLabelsTaintsApi = defineConfigRule({
  id: 'ng.managed-labels-taints-api',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html',
  text: {
    en: {
      message:
        'Managed node group {{nodeGroup}} has {{what}}, which Kubernetes accepts but the EKS API does not for a managed node group ({{limit}}); creating the node group fails.',
      fix: 'Give {{nodeGroup}} {{limit}}, e.g. a label value such as "true" instead of an empty one and a shorter key prefix; or make it a self-managed group (nodeGroups), whose kubelet takes them.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} には {{what}} があります。Kubernetes では有効ですが、マネージド型ノードグループの EKS API は受け付けません ({{limit}})。ノードグループの作成に失敗します。',
      fix: '{{nodeGroup}} では {{limit}} にしてください (例: 空のラベル値の代わりに "true" のような値、短いキーのプレフィックス)。または、kubelet がそれらを受け付けるセルフマネージド型グループ (nodeGroups) にしてください。',
    },
  },
  needs: ['managedNodeGroups[].labels', 'managedNodeGroups[].taints'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (const g of configNodeGroups(config)) {
      if (!g.managed) continue;
      const labels = g.ng['labels'];
      if (isObj(labels)) {
        for (const key in labels) {
          if (!Object.hasOwn(labels, key)) continue;
          const value = labels[key];
          if (key.length > MAX_LENGTH)
            out.push(
              finding(
                g.at('labels', key),
                g.name,
                `the label key "${key}" (${key.length} characters)`,
                'label keys of at most 63 characters, prefix included',
              ),
            );
          else if (value === '' || value === null || value === undefined)
            out.push(
              finding(g.at('labels', key), g.name, `the label ${key} with an empty value`, 'label values of 1 to 63 characters'),
            );
        }
      }
      const taints = arr(g.ng['taints']);
      if (taints.length > MAX_TAINTS)
        out.push(finding(g.at('taints'), g.name, `${taints.length} taints`, 'at most 50 taints per managed node group'));
      for (let i = 0; i < taints.length; i++) {
        const t = taints[i];
        const key = isObj(t) ? str(t['key']) : undefined;
        if (key !== undefined && key.length > MAX_LENGTH)
          out.push(
            finding(
              g.at('taints', i, 'key'),
              g.name,
              `the taint key "${key}" (${key.length} characters)`,
              'taint keys of at most 63 characters, prefix included',
            ),
          );
      }
    }
    return out;
  },
});

function finding(path: ConfigFinding['path'], nodeGroup: string, what: string, limit: string): ConfigFinding {
  return { path, params: { nodeGroup, what, limit } };
}
