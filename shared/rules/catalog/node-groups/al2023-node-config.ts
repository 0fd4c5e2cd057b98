import { parseDocument } from 'yaml';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { amiFamilyOf, configNodeGroups, isObj, nonEmpty } from './config-node-groups.js';

const UNMARSHAL = 'unmarshalling "overrideBootstrapCommand" into "nodeadm.NodeConfig"';

/**
 * What an AmazonLinux2023 group's overrideBootstrapCommand is to eksctl: the text of a nodeadm NodeConfig.
 * eksctl's AL2023 bootstrapper (pkg/nodebootstrap/al2023.go, stringToNodeConfig) unmarshals it as YAML into a
 * NodeConfig and puts it in the user data as an application/node.eks.aws part; there is no bootstrap.sh on
 * AL2023. A shell script or a MIME document (the AL2 habit, eksctl#7852, #8043) is not a YAML mapping, so eksctl
 * stops with `unmarshalling "overrideBootstrapCommand" into "nodeadm.NodeConfig"`. A mapping without
 * `apiVersion: node.eks.aws/…` and `kind: NodeConfig` passes eksctl, but nodeadm on the node cannot decode the
 * part, so the node never joins. Returns the problem, or undefined for a NodeConfig.
 */
export function nodeConfigProblem(text: string): 'not-yaml-mapping' | 'no-kind' | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return 'not-yaml-mapping';
  const value: unknown = doc.toJS();
  if (!isObj(value)) return 'not-yaml-mapping';
  const apiVersion = value['apiVersion'];
  if (value['kind'] !== 'NodeConfig' || typeof apiVersion !== 'string' || !apiVersion.startsWith('node.eks.aws/'))
    return 'no-kind';
  return undefined;
}

/** An AL2023 group whose overrideBootstrapCommand is not a nodeadm NodeConfig: eksctl refuses it, or the nodes never join. */
export const al2023NodeConfig = defineConfigRule({
  id: 'eksctl.al2023-node-config',
  severity: 'error',
  area: 'node-groups',
  source: 'https://eksctl.io/usage/node-bootstrapping/',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} runs AmazonLinux2023, where overrideBootstrapCommand is a nodeadm NodeConfig (apiVersion node.eks.aws/v1alpha1, kind NodeConfig), not a script, and this one is not: {{tool}} rejects it ("{{problem}}") and the group gets no nodes.',
      fix: 'Write overrideBootstrapCommand of {{nodeGroup}} as a NodeConfig (apiVersion: node.eks.aws/v1alpha1, kind: NodeConfig, spec: …) and move shell commands to preBootstrapCommands; or use an amiFamily whose bootstrap is a script (e.g. Ubuntu with a custom AMI).',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は AmazonLinux2023 で、overrideBootstrapCommand はスクリプトではなく nodeadm の NodeConfig (apiVersion node.eks.aws/v1alpha1、kind NodeConfig) ですが、この値は NodeConfig ではありません。{{tool}} がこれを拒否し (「{{problem}}」)、ノードグループにノードができません。',
      fix: '{{nodeGroup}} の overrideBootstrapCommand を NodeConfig (apiVersion: node.eks.aws/v1alpha1、kind: NodeConfig、spec: …) として書き、シェルコマンドは preBootstrapCommands に移してください。スクリプトでブートストラップする amiFamily (カスタム AMI の Ubuntu など) を使う方法もあります。',
    },
  },
  needs: ['managedNodeGroups[].overrideBootstrapCommand', 'nodeGroups[].overrideBootstrapCommand'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const override = g.ng['overrideBootstrapCommand'];
      // A launch template owns the user data; eksctl.mng-launch-template speaks for an override beside it.
      if (!nonEmpty(override) || override.trim() === '' || g.ng['launchTemplate'] !== undefined) continue;
      const family = amiFamilyOf(g.ng);
      // Without amiFamily eksctl uses AmazonLinux2023; with a custom AMI and no family eksctl.ng-custom-ami speaks.
      if (family !== 'AmazonLinux2023' && !(family === '' && !nonEmpty(g.ng['ami']))) continue;
      const problem = nodeConfigProblem(override);
      if (problem === undefined) continue;
      out.push({
        path: g.at('overrideBootstrapCommand'),
        params: {
          nodeGroup: g.name,
          ...(problem === 'not-yaml-mapping'
            ? { tool: 'eksctl', problem: UNMARSHAL }
            : { tool: 'nodeadm', problem: "Object 'Kind' is missing" }),
        },
      });
    }
    return out;
  },
});
