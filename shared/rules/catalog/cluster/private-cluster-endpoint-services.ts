import { EKSCTL_ADDITIONAL_ENDPOINT_SERVICES } from '../../../model/cluster-network.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';

/**
 * eksctl-rules.md #31: `privateCluster.additionalEndpointServices` holds only cloudformation, autoscaling and
 * logs, each once, and not together with `skipEndpointCreation`.
 */
export const privateClusterEndpointServices = defineConfigRule({
  id: 'eksctl.private-cluster-endpoint-services',
  severity: 'error',
  area: 'cluster',
  eksctl: [31],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/endpoint_service.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}}: eksctl refuses {{path}} ("{{eksctlError}}"). Only cloudformation, autoscaling and logs can be added, each once, and none when skipEndpointCreation is true.',
      fix: 'Keep only cloudformation, autoscaling or logs in privateCluster.additionalEndpointServices, without repeats; with skipEndpointCreation: true, remove the list and create the endpoints yourself.',
    },
    ja: {
      message:
        'クラスター {{cluster}}: eksctl は {{path}} を拒否します (「{{eksctlError}}」)。追加できるのは cloudformation、autoscaling、logs のみで、それぞれ 1 回だけです。skipEndpointCreation が true のときは追加できません。',
      fix: 'privateCluster.additionalEndpointServices には cloudformation、autoscaling、logs のみを重複なく指定してください。skipEndpointCreation: true の場合はリストを削除し、エンドポイントを自分で作成してください。',
    },
  },
  needs: ['privateCluster'],
  checkConfig({ config }) {
    const pc = config.privateCluster;
    if (pc?.enabled !== true) return [];
    const list: unknown = pc.additionalEndpointServices;
    if (!Array.isArray(list) || list.length === 0) return [];
    if (pc.skipEndpointCreation === true)
      return [
        {
          path: ['privateCluster', 'additionalEndpointServices'],
          params: {
            eksctlError:
              'privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true',
          },
        },
      ];
    // eksctl stops at the first bad entry.
    const seen = new Set<unknown>();
    for (const [i, svc] of list.entries()) {
      const path = ['privateCluster', 'additionalEndpointServices', i];
      const prefix = 'invalid value in privateCluster.additionalEndpointServices: ';
      if (typeof svc !== 'string' || !(EKSCTL_ADDITIONAL_ENDPOINT_SERVICES as readonly string[]).includes(svc))
        return [
          { path, params: { eksctlError: `${prefix}unsupported endpoint service "${String(svc)}"` } } satisfies ConfigFinding,
        ];
      if (seen.has(svc)) return [{ path, params: { eksctlError: `${prefix}found duplicate endpoint service: "${svc}"` } }];
      seen.add(svc);
    }
    return [];
  },
});
