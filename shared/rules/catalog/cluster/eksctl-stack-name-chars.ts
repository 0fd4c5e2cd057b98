/**
 * CloudFormation stack names hold only letters, digits and hyphens ([a-zA-Z][-a-zA-Z0-9]*), and eksctl puts
 * names from the config into them unchecked: `eksctl-<cluster>-nodegroup-<ng>` for managed node groups
 * (pkg/cfn/manager/nodegroup.go; eksctl checks the characters of self-managed group names only, rule
 * eksctl.self-managed-ng-name), `eksctl-<cluster>-addon-iamserviceaccount-<ns>-<name>` (pkg/cfn/manager/iam.go)
 * and `eksctl-<cluster>-podidentityrole-<ns>-<sa>` (pkg/actions/podidentityassociation/iam_role_creator.go).
 * EKS takes "_" in node group names and Kubernetes "." in service account names, so such a config passes
 * every other check and `eksctl create cluster` fails when it creates that stack.
 */
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { PathSegment } from '../../../util/locate.js';
import { arr, nonEmpty, obj, str } from '../node-groups/config-node-groups.js';

/** What CloudFormation refuses in a stack name (after eksctl's `eksctl-` prefix, which starts it with a letter). */
const NOT_IN_STACK_NAME = /[^-a-zA-Z0-9]/;

function check(out: ConfigFinding[], path: PathSegment[], stack: string, part: string): void {
  if (NOT_IN_STACK_NAME.test(part)) out.push({ path, params: { name: stack } });
}

export const eksctlStackNameChars = defineConfigRule({
  id: 'cluster.eksctl-stack-name-chars',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
  needs: ['managedNodeGroups', 'iam'],
  text: {
    en: {
      message:
        'eksctl creates the CloudFormation stack "{{name}}" for {{path}} of cluster {{cluster}}, but stack names may hold only letters, digits and hyphens ("Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*"), so `eksctl create cluster` fails there.',
      fix: 'Rename {{path}} of {{cluster}} with letters, digits and hyphens only (e.g. "_" and "." as "-").',
    },
    ja: {
      message:
        'eksctl はクラスター {{cluster}} の {{path}} のために CloudFormation スタック「{{name}}」を作成しますが、スタック名には英数字とハイフンしか使えません（「Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*」）。そのため `eksctl create cluster` はそこで失敗します。',
      fix: '{{cluster}} の {{path}} の名前を英数字とハイフンだけにしてください（例: 「_」や「.」を「-」に）。',
    },
  },
  checkConfig({ config }) {
    const cluster = str(config.metadata?.name) ?? '';
    const out: ConfigFinding[] = [];
    const c = config as unknown as Record<string, unknown>;
    const groups = arr(c['managedNodeGroups']);
    for (let i = 0; i < groups.length; i++) {
      const name = str(obj(groups[i])['name']) ?? '';
      check(out, ['managedNodeGroups', i, 'name'], `eksctl-${cluster}-nodegroup-${name}`, name);
    }
    const iam = obj(c['iam']);
    const accounts = arr(iam['serviceAccounts']);
    for (let i = 0; i < accounts.length; i++) {
      const sa = obj(accounts[i]);
      if (nonEmpty(sa['attachRoleARN'])) continue; // an existing role: no stack
      const meta = obj(sa['metadata']);
      const ns = nonEmpty(meta['namespace']) ? meta['namespace'] : 'default';
      const name = str(meta['name']) ?? '';
      const stack = `eksctl-${cluster}-addon-iamserviceaccount-${ns}-${name}`;
      check(out, ['iam', 'serviceAccounts', i, 'metadata', 'name'], stack, `${ns}-${name}`);
    }
    const associations = arr(iam['podIdentityAssociations']);
    for (let i = 0; i < associations.length; i++) {
      const pia = obj(associations[i]);
      if (nonEmpty(pia['roleARN'])) continue;
      const ns = str(pia['namespace']) ?? '';
      const sa = str(pia['serviceAccountName']) ?? '';
      const stack = `eksctl-${cluster}-podidentityrole-${ns}-${sa}`;
      check(out, ['iam', 'podIdentityAssociations', i, 'serviceAccountName'], stack, `${ns}-${sa}`);
    }
    return out;
  },
});
