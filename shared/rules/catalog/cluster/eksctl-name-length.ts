/**
 * Names eksctl builds from the cluster name must fit AWS's limits, which eksctl does not check: a
 * CloudFormation stack name is at most 128 characters, an IAM role name at most 64. EKS takes cluster names
 * of up to 100 characters and node group names of up to 63, so a long cluster name passes every other check
 * and `eksctl create cluster` creates the control plane, then fails on the first stack or role that is too
 * long (the node groups, the Pod Identity role of the AWS Load Balancer Controller, Karpenter's node role).
 *
 * The names, from eksctl's source: pkg/cfn/manager/nodegroup.go (`eksctl-<cluster>-nodegroup-<ng>`),
 * pkg/actions/podidentityassociation/iam_role_creator.go (`eksctl-<cluster>-podidentityrole-<ns>-<sa>`,
 * `eksctl-<cluster>-addon-<addon>-podidentityrole-<sa>`), pkg/cfn/manager/iam.go
 * (`eksctl-<cluster>-addon-iamserviceaccount-<ns>-<sa>`), pkg/cfn/manager/addon.go (`eksctl-<cluster>-addon-<addon>`),
 * pkg/actions/accessentry/creator.go (`eksctl-<cluster>-accessentry-<32-character hash>`),
 * pkg/cfn/builder/karpenter.go and pkg/actions/karpenter/create.go (roles `eksctl-KarpenterNodeRole-<cluster>`,
 * `eksctl-<cluster>-iamservice-role`). IAM names the config gives outright (config-iam-names.ts: role names, a pod
 * identity association's permissionPolicyName, which eksctl puts after its stack name, and Karpenter's
 * defaultInstanceProfile) go to IAM as they are, under IAM's limits: 64 characters for a role, 128 for an inline
 * policy or an instance profile.
 */
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { ADDON_SERVICE_ACCOUNTS, addonRoleAtCreation } from '../../facts/addon-service-accounts.js';
import type { PathSegment } from '../../../util/locate.js';
import { arr, isObj, nonEmpty, obj, str, type Obj } from '../node-groups/config-node-groups.js';
import { forEachConfigIamName, IAM_NAME_KIND, IAM_NAME_KIND_JA, IAM_NAME_LIMIT, type IamNameKind } from './config-iam-names.js';

/** CloudFormation CreateStack: StackName is at most 128 characters. */
export const MAX_STACK_NAME = 128;
/** IAM CreateRole: RoleName is at most 64 characters. */
export const MAX_ROLE_NAME = IAM_NAME_LIMIT.role;

/** The length of an access entry's stack name part after the cluster name: `-accessentry-` and base32(sha1). */
const ACCESS_ENTRY_SUFFIX = '-accessentry-'.length + 32;

type Kind = 'stack' | IamNameKind;
const KIND = { stack: 'CloudFormation stack', ...IAM_NAME_KIND } as const;
const KIND_JA = { stack: 'CloudFormation スタック', ...IAM_NAME_KIND_JA } as const;

/** A finding when `name` is longer than the limit of its kind, else nothing. */
function tooLong(out: ConfigFinding[], path: PathSegment[], kind: Kind, name: string, length = name.length): void {
  const limit = kind === 'stack' ? MAX_STACK_NAME : IAM_NAME_LIMIT[kind];
  if (length <= limit) return;
  out.push({ path, params: { kind: KIND[kind], kindJa: KIND_JA[kind], name, length, limit } });
}

export const eksctlNameLength = defineConfigRule({
  id: 'cluster.eksctl-name-length',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
  needs: ['managedNodeGroups', 'nodeGroups', 'iam', 'addons', 'karpenter', 'accessConfig'],
  text: {
    en: {
      message:
        'eksctl creates the {{kind}} "{{name}}" for cluster {{cluster}} ({{path}}): {{length}} characters, more than the {{limit}} AWS allows, so `eksctl create cluster` fails there after creating the control plane.',
      fix: 'Shorten the name of cluster {{cluster}}, or the name at {{path}}, so that the {{kind}} name fits in {{limit}} characters.',
    },
    ja: {
      message:
        'eksctl はクラスター {{cluster}} のために {{kindJa}}「{{name}}」を作成します（{{path}}）。{{length}} 文字あり、AWS の上限 {{limit}} 文字を超えるため、`eksctl create cluster` はコントロールプレーンを作成した後、そこで失敗します。',
      fix: 'クラスター {{cluster}} の名前、または {{path}} の名前を短くして、{{kindJa}} の名前を {{limit}} 文字以内にしてください。',
    },
  },
  checkConfig({ config }) {
    const cluster = str(config.metadata?.name) ?? '';
    const out: ConfigFinding[] = [];
    const c = config as unknown as Obj;
    // Lengths are added up first and a name is spelled only when it is too long: this runs for every node group,
    // association and add-on of every cluster on each validation, and nearly every name fits.
    const base = 'eksctl-'.length + cluster.length;
    forEachConfigIamName(config, (kind, path, written, prefix) => {
      // Spelled out only when too long: a policy's prefix is its association's stack name.
      if (prefix.length + written.length > IAM_NAME_LIMIT[kind]) tooLong(out, path, kind, prefix + written);
    });
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
      const groups = arr(c[list]);
      for (let i = 0; i < groups.length; i++) {
        const name = str(obj(groups[i])['name']);
        if (name === undefined || fitsStack(base + '-nodegroup-'.length + name.length)) continue;
        tooLong(out, [list, i, 'name'], 'stack', `eksctl-${cluster}-nodegroup-${name}`);
      }
    }
    const iam = obj(c['iam']);
    const accounts = arr(iam['serviceAccounts']);
    for (let i = 0; i < accounts.length; i++) {
      const sa = obj(accounts[i]);
      if (nonEmpty(sa['attachRoleARN'])) continue; // an existing role: no stack
      const meta = obj(sa['metadata']);
      const name = str(meta['name']) ?? '';
      const ns = nonEmpty(meta['namespace']) ? meta['namespace'] : 'default';
      if (fitsStack(base + '-addon-iamserviceaccount-'.length + ns.length + 1 + name.length)) continue;
      const stack = `eksctl-${cluster}-addon-iamserviceaccount-${ns}-${name}`;
      tooLong(out, ['iam', 'serviceAccounts', i, 'metadata', 'name'], 'stack', stack);
    }
    const associations = arr(iam['podIdentityAssociations']);
    for (let i = 0; i < associations.length; i++) {
      const pia = obj(associations[i]);
      if (nonEmpty(pia['roleARN'])) continue;
      const ns = str(pia['namespace']) ?? '';
      const sa = str(pia['serviceAccountName']) ?? '';
      if (fitsStack(base + '-podidentityrole-'.length + ns.length + 1 + sa.length)) continue;
      tooLong(
        out,
        ['iam', 'podIdentityAssociations', i, 'serviceAccountName'],
        'stack',
        `eksctl-${cluster}-podidentityrole-${ns}-${sa}`,
      );
    }
    const addons = arr(c['addons']);
    for (let i = 0; i < addons.length; i++) {
      const addon = obj(addons[i]);
      const name = str(addon['name']) ?? '';
      const addonBase = base + '-addon-'.length + name.length;
      // Which stacks eksctl makes for the add-on follows the role it gives it (one reading for every rule).
      const source = addonRoleAtCreation(config, addon);
      if (!fitsStack(addonBase) && (source === 'irsa-policies' || source === 'recommended-irsa'))
        tooLong(out, ['addons', i, 'name'], 'stack', `eksctl-${cluster}-addon-${name}`);
      const own = arr(addon['podIdentityAssociations']);
      for (let j = 0; j < own.length; j++) {
        const pia = obj(own[j]);
        const sa = str(pia['serviceAccountName']);
        if (sa !== undefined && !nonEmpty(pia['roleARN'])) addonRoleStack(out, cluster, name, i, sa, addonBase);
      }
      if (source === 'default-associations') {
        const defaults = ADDON_SERVICE_ACCOUNTS[name] ?? [];
        for (let j = 0; j < defaults.length; j++) addonRoleStack(out, cluster, name, i, defaults[j]!.serviceAccount, addonBase);
      }
    }
    const entries = arr(obj(c['accessConfig'])['accessEntries']);
    for (let i = 0; i < entries.length; i++) {
      const stack = `eksctl-${cluster}-accessentry-<hash>`;
      tooLong(out, ['accessConfig', 'accessEntries', i], 'stack', stack, base + ACCESS_ENTRY_SUFFIX);
    }
    if (isObj(c['karpenter'])) {
      // Named outright (RoleName), so IAM's limit applies. The longest of Karpenter's names: its controller's
      // role `eksctl-<cluster>-iamservice-role` and its stacks fit whenever this one does.
      tooLong(out, ['karpenter'], 'role', `eksctl-KarpenterNodeRole-${cluster}`);
    }
    return dedupeByPath(out);
  },
});

/** One finding per config path (an add-on with several roles, Karpenter's two roles): the first is enough. */
function fitsStack(length: number): boolean {
  return length <= MAX_STACK_NAME;
}

/** The stack of an add-on's Pod Identity role for service account `sa`, when its name is too long. */
function addonRoleStack(out: ConfigFinding[], cluster: string, addon: string, i: number, sa: string, addonBase: number): void {
  if (addonBase + '-podidentityrole-'.length + sa.length <= MAX_STACK_NAME) return;
  tooLong(out, ['addons', i, 'name'], 'stack', `eksctl-${cluster}-addon-${addon}-podidentityrole-${sa}`);
}

function dedupeByPath(found: ConfigFinding[]): ConfigFinding[] {
  if (found.length < 2) return found;
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = f.path.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
