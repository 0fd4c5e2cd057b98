import { ADDONS, addonOn } from '../../../model/addons.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { clusterCompute, COMPUTE_LABELS, computeTypes } from '../../facts/cluster-compute.js';

/** Add-ons that work only through a DaemonSet on some kinds of compute (the add-on table's `runsOn`). */
const NODE_ADDONS = ADDONS.filter((row): row is Extract<(typeof ADDONS)[number], { runsOn: unknown }> => 'runsOn' in row);

export const computeCompatibility = defineRule({
  id: 'addon.compute-compatibility',
  severity: 'error',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/workloads-add-ons-available-eks.html',
  text: {
    en: {
      message:
        'The {{addon}} add-on of cluster {{cluster}} cannot run on the cluster\u2019s compute ({{compute}}), so it is installed but does nothing.',
      fix: 'Add a compute type {{addon}} supports (Linux EC2 node group), or replace it: the Fargate log router or ADOT instead of CloudWatch agents, IRSA instead of Pod Identity, EFS instead of EBS.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{addon}} アドオンは、クラスターのコンピューティング（{{compute}}）では動かないため、インストールされても何もしません。',
      fix: '{{addon}} が対応するコンピューティング（Linux の EC2 ノードグループ）を追加するか、代わりの手段を使ってください（CloudWatch エージェントの代わりに Fargate のログルーターや ADOT、Pod Identity の代わりに IRSA、EBS の代わりに EFS）。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const cluster of index.ofKind('cluster')) {
      const compute = clusterCompute(index, cluster);
      const present = computeTypes(compute);
      // A cluster with no compute yet has bigger problems that other rules report.
      if (present.length === 0) continue;
      for (const addon of NODE_ADDONS) {
        if (!addonOn(addon, cluster.props.addons) || present.some((t) => (addon.runsOn as readonly string[]).includes(t)))
          continue;
        const hosts = [...compute.windowsNodeGroups, ...compute.fargateProfiles, ...compute.hybridNetworks];
        out.push({
          partIds: [cluster.id, ...hosts.map((h) => h.id)],
          params: { addon: addon.name, cluster: cluster.name, compute: present.map((t) => COMPUTE_LABELS[t]).join(', ') },
        });
      }
    }
    return out;
  },
});
