import { defineRule } from '../../define.js';
import { hybridClusterFindings } from './hybrid-networks.js';

export const authMode = defineRule({
  id: 'hybrid.auth-mode',
  severity: 'error',
  area: 'hybrid',
  eksctl: [80],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-cluster-create.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} serves hybrid nodes from {{network}} but uses the CONFIG_MAP authentication mode; hybrid-node clusters must use API or API_AND_CONFIG_MAP.',
      fix: 'Set the authentication mode of {{cluster}} to API (or API_AND_CONFIG_MAP).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は {{network}} のハイブリッドノードを使いますが、認証モードが CONFIG_MAP です。ハイブリッドノードのクラスターでは API または API_AND_CONFIG_MAP が必要です。',
      fix: '{{cluster}} の認証モードを API（または API_AND_CONFIG_MAP）にしてください。',
    },
  },
  check(index) {
    return hybridClusterFindings(index, ({ cluster }) => cluster.props.authenticationMode === 'CONFIG_MAP');
  },
});
