import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';
import type { EksctlClusterConfig } from '../../config-view.js';

/**
 * Cluster fields eksctl checks nothing of and copies into the cluster's CloudFormation as they are
 * (pkg/cfn/builder/cluster.go), each with the values the EKS API takes (API reference: CreateAccessConfigRequest,
 * VpcConfigRequest, ControlPlaneScalingConfig, ScoringStrategy; matched exactly, like every EKS enum).
 */
const FIELDS: readonly { path: readonly string[]; values: readonly string[] }[] = [
  // AccessConfig.AuthenticationMode goes into AWS::EKS::Cluster as written (cfn/builder/cluster.go); eksctl
  // only compares it with CONFIG_MAP, so "api" passes eksctl and fails the cluster stack.
  { path: ['accessConfig', 'authenticationMode'], values: ['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP'] },
  { path: ['vpc', 'controlPlaneEgressMode'], values: ['AWS_MANAGED', 'CUSTOMER_ROUTED', 'CUSTOMER_ISOLATED'] },
  { path: ['controlPlaneScalingConfig', 'tier'], values: ['standard', 'tier-xl', 'tier-2xl', 'tier-4xl', 'tier-8xl'] },
  {
    path: ['kubeSchedulerConfig', 'nodeResourcesFit', 'scoringStrategy', 'type'],
    values: ['LeastAllocated', 'MostAllocated'],
  },
];

/** The value at `path` of the config, or undefined. */
function valueAt(config: EksctlClusterConfig, path: readonly string[]): unknown {
  let value: unknown = config;
  for (let i = 0; i < path.length; i++) {
    if (!isObj(value)) return undefined;
    value = value[path[i]!];
  }
  return value;
}

/** A value EKS does not take in a field eksctl hands it unchecked: the cluster stack fails. */
export const eksApiValue = defineConfigRule({
  id: 'cluster.eks-api-value',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigRequest.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} sets {{path}} to "{{value}}", which EKS does not accept (valid values: {{values}}); eksctl passes it to CloudFormation unchecked, so the cluster stack fails.',
      fix: 'Use one of {{values}} at {{path}}, spelled exactly so, or leave the field out for the EKS default.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は {{path}} に「{{value}}」を指定していますが、EKS はこの値を受け付けません（有効な値: {{values}}）。eksctl は確認せずに CloudFormation に渡すため、クラスターのスタックの作成に失敗します。',
      fix: '{{path}} には {{values}} のいずれかをこのとおりの綴りで指定するか、フィールドを外して EKS のデフォルトにしてください。',
    },
  },
  needs: [
    'accessConfig.authenticationMode',
    'vpc.controlPlaneEgressMode',
    'controlPlaneScalingConfig.tier',
    'kubeSchedulerConfig.nodeResourcesFit.scoringStrategy.type',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let i = 0; i < FIELDS.length; i++) {
      const { path, values } = FIELDS[i]!;
      const value = valueAt(config, path);
      if (value === undefined || value === null || value === '' || values.includes(String(value))) continue;
      out.push({ path: [...path], params: { value: String(value), values: values.join(', ') } });
    }
    return out;
  },
});
