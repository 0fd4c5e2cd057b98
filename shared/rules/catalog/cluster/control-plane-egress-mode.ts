import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/** EKS VpcConfigRequest.controlPlaneEgressMode values (API reference; matched exactly, like every EKS enum). */
const MODES = ['AWS_MANAGED', 'CUSTOMER_ROUTED', 'CUSTOMER_ISOLATED'];

/**
 * vpc.controlPlaneEgressMode (eksctl #8770): eksctl checks nothing and hands the value to CloudFormation as
 * the cluster's ResourcesVpcConfig.ControlPlaneEgressMode, so a value EKS does not know fails the cluster stack.
 */
export const controlPlaneEgressMode = defineConfigRule({
  id: 'cluster.control-plane-egress-mode',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} sets vpc.controlPlaneEgressMode to "{{value}}", which EKS does not accept (valid values: {{modes}}); eksctl passes it on unchecked and the cluster stack fails.',
      fix: 'Use AWS_MANAGED (the default) or CUSTOMER_ROUTED, spelled exactly so, or leave controlPlaneEgressMode out.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は vpc.controlPlaneEgressMode に「{{value}}」を指定していますが、EKS はこの値を受け付けません（有効な値: {{modes}}）。eksctl は値を確認せずに渡すため、クラスターのスタックの作成に失敗します。',
      fix: 'AWS_MANAGED（デフォルト）または CUSTOMER_ROUTED をこのとおりの綴りで指定するか、controlPlaneEgressMode を外してください。',
    },
  },
  needs: ['vpc'],
  checkConfig({ config }) {
    const vpc: unknown = config.vpc;
    const mode = isObj(vpc) ? vpc['controlPlaneEgressMode'] : undefined;
    if (mode === undefined || mode === null || mode === '' || MODES.includes(String(mode))) return [];
    return [{ path: ['vpc', 'controlPlaneEgressMode'], params: { value: String(mode), modes: MODES.join(', ') } }];
  },
});
