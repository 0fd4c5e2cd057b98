import { defineChangeRule } from './define.js';

/**
 * A cluster's IP family changing between two revisions. "You can only specify an IP family when you create a
 * cluster and can't change this value once the cluster is created" (KubernetesNetworkConfigRequest); eksctl's
 * upgrade and update commands do not touch it either, so the second design is not what the running cluster becomes. A warning rather than the
 * catalog's info: the change means a new cluster and a migration, which a reviewer must not miss.
 */
export const ipFamilyImmutable = defineChangeRule({
  id: 'cluster.ip-family-immutable',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} changes its IP family from {{from}} to {{to}}, but EKS sets the IP family when it creates a cluster and cannot change it: the running cluster stays {{from}}.',
      fix: 'Create a new {{to}} cluster (with another name, or after deleting {{cluster}}) and move the workloads to it; or keep {{from}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の IP ファミリーが {{from}} から {{to}} に変わりますが、EKS の IP ファミリーはクラスターの作成時に決まり、変更できません。稼働中のクラスターは {{from}} のままです。',
      fix: '{{to}} の新しいクラスターを（別の名前で、または {{cluster}} を削除してから）作成してワークロードを移すか、{{from}} のままにしてください。',
    },
  },
  checkChange(before, after) {
    const from = before.props.ipFamily;
    const to = after.props.ipFamily;
    return from === to ? [] : [{ partIds: [after.id], params: { cluster: after.name, from, to } }];
  },
});
