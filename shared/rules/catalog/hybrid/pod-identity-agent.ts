import { parse } from 'yaml';
import { defineConfigRule } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { isObj, nonEmpty, objects } from '../../facts/config-values.js';

const AGENT = 'eks-pod-identity-agent';

/**
 * Whether the agent's configurationValues turn on its DaemonSet for hybrid nodes (`daemonsets.hybrid.create`).
 * eksctl hands the text to EKS as it is, JSON or YAML.
 */
function hybridDaemonSetOn(values: unknown): boolean {
  if (typeof values !== 'string') return false;
  let parsed: unknown;
  try {
    parsed = parse(values);
  } catch {
    return false; // eksctl.addon-values reports it
  }
  const daemonsets = isObj(parsed) ? parsed['daemonsets'] : undefined;
  const hybrid = isObj(daemonsets) ? daemonsets['hybrid'] : undefined;
  return isObj(hybrid) && hybrid['create'] === true;
}

/** Whether the config gives any service account a role through EKS Pod Identity. */
function usesPodIdentity(config: EksctlClusterConfig): boolean {
  const iam: unknown = config.iam;
  if (isObj(iam) && nonEmpty(iam['podIdentityAssociations'])) return true;
  const addonsConfig: unknown = config.addonsConfig;
  if (isObj(addonsConfig) && addonsConfig['autoApplyPodIdentityAssociations'] === true) return true;
  for (let n = 0, items = objects(config.addons); n < items.length; n++) {
    const addon = items[n]![0];
    if (addon['useDefaultPodIdentityAssociations'] === true || nonEmpty(addon['podIdentityAssociations'])) return true;
  }
  return false;
}

/**
 * EKS Pod Identity on hybrid nodes: the agent's DaemonSet for EC2 nodes gets its credentials from instance metadata,
 * which hybrid nodes lack, so it does not serve them; the add-on (1.3.3 and later) deploys a second DaemonSet for
 * hybrid nodes only with `{"daemonsets":{"hybrid":{"create": true}}}`. Without it, Pods with a Pod Identity role that
 * land on a hybrid node get no credentials.
 */
export const podIdentityAgentHybrid = defineConfigRule({
  id: 'hybrid.pod-identity-agent',
  severity: 'warning',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-add-ons.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has hybrid nodes and gives roles through EKS Pod Identity, but its eks-pod-identity-agent add-on runs no DaemonSet for hybrid nodes: the default one needs instance metadata, which hybrid nodes lack, so Pods with a Pod Identity role that run on hybrid nodes get no AWS credentials.',
      fix: 'Set configurationValues: \'{"daemonsets":{"hybrid":{"create":true}}}\' on the eks-pod-identity-agent add-on and hybrid.enableCredentialsFile: true in each hybrid node\'s nodeadm NodeConfig; or keep Pods that need AWS roles off the hybrid nodes.',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはハイブリッドノードがあり EKS Pod Identity でロールを渡していますが、eks-pod-identity-agent アドオンはハイブリッドノード用の DaemonSet を動かしません。デフォルトの DaemonSet はインスタンスメタデータを必要とし、ハイブリッドノードにはそれがないため、ハイブリッドノードで動く Pod Identity のロールを持つ Pod は AWS 認証情報を得られません。',
      fix: 'eks-pod-identity-agent アドオンに configurationValues: \'{"daemonsets":{"hybrid":{"create":true}}}\' を設定し、各ハイブリッドノードの nodeadm の NodeConfig で hybrid.enableCredentialsFile: true にしてください。または AWS のロールが必要な Pod をハイブリッドノードに置かないでください。',
    },
  },
  needs: ['remoteNetworkConfig'],
  checkConfig({ config }) {
    if (!isObj(config.remoteNetworkConfig) || !usesPodIdentity(config)) return [];
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      if (addon['name'] === AGENT && !hybridDaemonSetOn(addon['configurationValues']))
        return [{ path: ['addons', items[n]![1]] }];
    }
    return [];
  },
});
