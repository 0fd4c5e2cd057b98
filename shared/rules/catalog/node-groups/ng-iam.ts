import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, ADDON_POLICIES, EKSCTL_VALIDATION_SOURCE, nonEmpty, obj } from './config-node-groups.js';

/** An ARN as aws-sdk's arn.Parse reads it: arn:partition:service:region:account:resource. */
const ARN = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/;

/**
 * eksctl-rules.md #56 (validateNodeGroupIAM, validateDeprecatedIAMFields): an existing instance role or profile
 * excludes everything eksctl would put into a role it creates; attachPolicyARNs are ARNs; albIngress is the
 * old name of awsLoadBalancerController.
 */
export const ngIam = defineConfigRule({
  id: 'eksctl.ng-iam',
  severity: 'error',
  area: 'node-groups',
  eksctl: [56],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Node group {{nodeGroup}} has node IAM settings eksctl refuses at {{path}} ("{{eksctlMessage}}").',
      fix: 'With an existing instanceRoleARN or instanceProfileARN, put policies on that role yourself and remove the settings for a role eksctl would create; list policies by ARN; use awsLoadBalancerController instead of albIngress.',
    },
    ja: {
      message: 'ノードグループ {{nodeGroup}} のノード IAM 設定は {{path}} で eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: '既存の instanceRoleARN または instanceProfileARN を使う場合は、そのロールに自分でポリシーを付け、eksctl が作成するロール向けの設定を削除してください。ポリシーは ARN で指定し、albIngress ではなく awsLoadBalancerController を使ってください。',
    },
  },
  needs: ['managedNodeGroups[].iam', 'nodeGroups[].iam'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const iam = obj(g.ng['iam']);
      const p = g.label;
      const policies = obj(iam['withAddonPolicies']);
      // A managed group's instanceProfileARN is eksctl.mng-unsupported-fields' finding.
      for (const field of g.managed ? ['instanceRoleARN'] : ['instanceProfileARN', 'instanceRoleARN']) {
        if (!nonEmpty(iam[field])) continue;
        const conflict = [
          nonEmpty(iam['instanceRoleName']) && ['instanceRoleName'],
          iam['attachPolicy'] !== undefined && iam['attachPolicy'] !== null && ['attachPolicy'],
          arr(iam['attachPolicyARNs']).length > 0 && ['attachPolicyARNs'],
          nonEmpty(iam['instanceRolePermissionsBoundary']) && ['instanceRolePermissionsBoundary'],
          ...ADDON_POLICIES.map((k) => policies[k] === true && ['withAddonPolicies', k]),
        ].find((c): c is string[] => c !== false);
        if (conflict)
          return g.finding(
            ['iam', ...conflict],
            `${p}.iam.${field} and ${p}.iam.${conflict.join('.')} cannot be set at the same time`,
          );
      }
      if (g.managed) return [];
      const notArn = arr(iam['attachPolicyARNs']).findIndex((a) => typeof a !== 'string' || !ARN.test(a));
      if (notArn >= 0) {
        const value = String(arr(iam['attachPolicyARNs'])[notArn]);
        return [
          {
            path: g.at('iam', 'attachPolicyARNs', notArn),
            params: { nodeGroup: g.name, eksctlMessage: `invalid ARN "${value}" in ${p}.iam.attachPolicyARNs` },
          },
        ];
      }
      if (policies['albIngress'] === true && policies['awsLoadBalancerController'] === true)
        return g.finding(
          ['iam', 'withAddonPolicies', 'albIngress'],
          '"awsLoadBalancerController" and "albIngress" cannot both be configured, please use "awsLoadBalancerController" as "albIngress" is deprecated',
        );
      return [];
    });
  },
});
