import { karpenterNodeRoleName, karpenterNodesCanJoin } from '../../../export/karpenter-access.js';
import { defineConfigRule } from '../../config-rule.js';

/**
 * eksctl maps Karpenter's node role (eksctl-KarpenterNodeRole-<cluster>) only in the aws-auth ConfigMap
 * (pkg/actions/karpenter/create.go), and EKS ignores that ConfigMap under `authenticationMode: API`: the
 * nodes Karpenter launches are refused and never join (eksctl issue #7750). eksctl accepts the file, so this
 * is an EKS fact, not one of eksctl's own checks. An `EC2_LINUX` access entry for that role admits them.
 */
export const karpenterNodesJoin = defineConfigRule({
  id: 'as.karpenter-nodes-join',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://github.com/eksctl-io/eksctl/issues/7750',
  text: {
    en: {
      message:
        'Cluster {{cluster}} installs Karpenter with authenticationMode: API, but eksctl maps Karpenter\'s node role ({{role}}) only in the aws-auth ConfigMap, which EKS ignores in API mode: the nodes Karpenter launches never join ("Node not registered with cluster").',
      fix: 'Set accessConfig.authenticationMode to API_AND_CONFIG_MAP for {{cluster}}, or add an access entry of type EC2_LINUX for the role {{role}} once it exists.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は authenticationMode: API で Karpenter をインストールしますが、eksctl は Karpenter のノードロール（{{role}}）を aws-auth ConfigMap にしか登録せず、API モードの EKS はこの ConfigMap を読みません。Karpenter が起動したノードはクラスターに参加できません (「Node not registered with cluster」)。',
      fix: '{{cluster}} の accessConfig.authenticationMode を API_AND_CONFIG_MAP にするか、ロール {{role}} の作成後に種類 EC2_LINUX のアクセスエントリを追加してください。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    if (typeof config.karpenter !== 'object' || config.karpenter === null) return [];
    const name = typeof config.metadata?.name === 'string' ? config.metadata.name : '';
    if (karpenterNodesCanJoin(config.accessConfig, name)) return [];
    return [{ path: ['accessConfig', 'authenticationMode'], params: { role: karpenterNodeRoleName(name) } }];
  },
});
