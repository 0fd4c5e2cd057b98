import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import {
  clusterCompute,
  COMPUTE_LABELS,
  hasLinuxEc2,
  isWindowsNodeGroup,
  kubeSystemFargateProfile,
} from '../../facts/cluster-compute.js';
import { iamControllers, iamWorkloads } from './iam-users.js';

export const podIdentityUnsupportedCompute = defineRule({
  id: 'sec.pod-identity-unsupported-compute',
  severity: 'error',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  text: {
    en: {
      message:
        '{{pods}} would get AWS credentials through EKS Pod Identity on {{compute}}, where it does not work: Pod Identity only serves pods on Linux EC2 nodes and hybrid nodes.',
      fix: 'Use IRSA for the cluster, or run these pods on Linux EC2 node groups.',
    },
    ja: {
      message:
        '{{pods}} は {{compute}} 上で EKS Pod Identity から AWS 認証情報を得る設計ですが、Pod Identity は Linux の EC2 ワーカーノードとハイブリッドノード上の Pod でしか使えません。',
      fix: 'クラスターで IRSA を使うか、これらの Pod を Linux の EC2 ノードグループで動かしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const cluster of index.ofKind('cluster')) {
      if (cluster.props.controllerIdentity !== 'pod-identity') continue;
      for (const w of iamWorkloads(index, cluster)) {
        const placement = index.placementOf(w);
        if (placement.on === 'fargate')
          out.push({ partIds: [w.id, placement.profile.id], params: { pods: w.name, compute: COMPUTE_LABELS.fargate } });
        else if (placement.on === 'node-group' && isWindowsNodeGroup(placement.nodeGroup))
          out.push({ partIds: [w.id, placement.nodeGroup.id], params: { pods: w.name, compute: COMPUTE_LABELS.windows } });
      }
      const controllers = iamControllers(cluster);
      if (controllers.length === 0) continue;
      const compute = clusterCompute(index, cluster);
      // The controllers are Deployments in kube-system: a profile that takes all of it puts them on Fargate.
      const kubeSystemProfile = kubeSystemFargateProfile(compute);
      if (kubeSystemProfile) {
        out.push({
          partIds: [cluster.id, kubeSystemProfile.id],
          params: { pods: controllers.join(', '), compute: COMPUTE_LABELS.fargate },
        });
        continue;
      }
      // Otherwise they run wherever the cluster has room; with only Fargate or Windows there, they are stuck.
      if (hasLinuxEc2(compute) || compute.hybridNetworks.length > 0) continue;
      const hosts = [...compute.fargateProfiles, ...compute.windowsNodeGroups];
      if (hosts.length === 0) continue;
      const labels = [
        ...(compute.fargateProfiles.length > 0 ? [COMPUTE_LABELS.fargate] : []),
        ...(compute.windowsNodeGroups.length > 0 ? [COMPUTE_LABELS.windows] : []),
      ];
      out.push({
        partIds: [cluster.id, ...hosts.map((h) => h.id)],
        params: { pods: controllers.join(', '), compute: labels.join(', ') },
      });
    }
    return out;
  },
});
