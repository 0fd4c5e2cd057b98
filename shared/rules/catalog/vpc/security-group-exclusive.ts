import { defineConfigRule } from '../../config-rule.js';
import { nonEmpty } from '../../facts/config-network.js';

/** eksctl-rules.md #20: one way to give the control plane its security groups. */
export const securityGroupExclusive = defineConfigRule({
  id: 'eksctl.security-group-exclusive',
  severity: 'error',
  area: 'vpc',
  eksctl: [20],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} sets both vpc.securityGroup and vpc.controlPlaneSecurityGroupIDs; eksctl refuses it ("only one of vpc.securityGroup and vpc.controlPlaneSecurityGroupIDs can be specified").',
      fix: 'Keep one of them for {{cluster}}: list every control plane security group in vpc.controlPlaneSecurityGroupIDs, or only the one in vpc.securityGroup.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は vpc.securityGroup と vpc.controlPlaneSecurityGroupIDs の両方を設定しています。eksctl はこれを拒否します（「only one of vpc.securityGroup and vpc.controlPlaneSecurityGroupIDs can be specified」）。',
      fix: '{{cluster}} ではどちらか一方だけにしてください。コントロールプレーンのセキュリティグループをすべて vpc.controlPlaneSecurityGroupIDs に並べるか、vpc.securityGroup の 1 つだけにします。',
    },
  },
  needs: ['vpc.controlPlaneSecurityGroupIDs'],
  checkConfig({ config }) {
    const ids: unknown = config.vpc?.controlPlaneSecurityGroupIDs;
    if (!nonEmpty(config.vpc?.securityGroup) || !Array.isArray(ids) || ids.length === 0) return [];
    return [{ path: ['vpc', 'controlPlaneSecurityGroupIDs'] }];
  },
});
