import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/**
 * eksctl-rules.md #81 and #83, eksctl `validateRemoteNetworkingConfig`: one remote node network, at most
 * one remote pod network, a credential provider of SSM or IRA, and a CA bundle exactly for IRA.
 * (IPv6, CONFIG_MAP and the gateway id of #80/#82 are hybrid.ipv4-only, hybrid.auth-mode and the
 * eksctl.hybrid-gateway-* rules; Outposts is eksctl.outpost.)
 */
export const remoteNetworkConfig = defineConfigRule({
  id: 'eksctl.remote-network-config',
  severity: 'error',
  area: 'hybrid',
  eksctl: [81, 83],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'The hybrid nodes settings (remoteNetworkConfig) of cluster {{cluster}} are invalid; eksctl refuses them ("{{problem}}").',
      fix: 'Give remoteNetworkConfig exactly one remote node network and at most one remote pod network (each a list of CIDRs); with IAM Roles Anywhere (IRA) add iam.caBundleCert, with SSM leave it out.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のハイブリッドノードの設定 (remoteNetworkConfig) が無効です。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'remoteNetworkConfig にはリモートノードネットワークをちょうど 1 つ、リモート Pod ネットワークを最大 1 つ (それぞれ CIDR のリスト) 指定してください。IAM Roles Anywhere (IRA) では iam.caBundleCert を追加し、SSM では指定しないでください。',
    },
  },
  needs: ['remoteNetworkConfig'],
  checkConfig({ config }) {
    const rnc: unknown = config.remoteNetworkConfig;
    if (!isObj(rnc)) return [];
    if (config.outpost !== undefined && config.outpost !== null) return []; // eksctl.outpost and Outposts' own rules
    const out: ConfigFinding[] = [];
    const add = (path: PathSegment[], problem: string) =>
      out.push({ path: ['remoteNetworkConfig', ...path], params: { problem } });
    const nodes = rnc['remoteNodeNetworks'];
    const pods = rnc['remotePodNetworks'];
    if (Array.isArray(nodes) && nodes.length > 1)
      add(['remoteNodeNetworks'], 'only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks');
    if (Array.isArray(pods) && pods.length > 1)
      add(['remotePodNetworks'], 'only one remotePodNetwork is allowed in remoteNetworkConfig.remotePodNetworks');
    // Both lists explicitly empty means "remove all" on upgrade and is ignored on create.
    if (!(Array.isArray(nodes) && nodes.length > 0) && !(Array.isArray(pods) && pods.length === 0))
      add(['remoteNodeNetworks'], 'remoteNetworkConfig.remoteNodeNetworks must be set and non-empty');
    const iam = isObj(rnc['iam']) ? rnc['iam'] : {};
    const provider = typeof iam['provider'] === 'string' ? iam['provider'] : 'SSM';
    const ca = iam['caBundleCert'] !== undefined && iam['caBundleCert'] !== null;
    if (provider.toUpperCase() !== 'SSM' && provider.toUpperCase() !== 'IRA')
      add(
        ['iam', 'provider'],
        `invalid value "${provider}" provided for remoteNetworkConfig.iam.provider; only "SSM" and "IRA" are supported`,
      );
    else if (provider.toUpperCase() === 'SSM' && ca)
      add(['iam', 'caBundleCert'], 'remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider');
    else if (provider.toUpperCase() === 'IRA' && !ca)
      add(
        ['iam', 'caBundleCert'],
        'remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider',
      );
    return out;
  },
});
