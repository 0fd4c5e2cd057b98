/** On-premises network: where EKS Hybrid Nodes run, linked to the VPC by VPN or Direct Connect. */
import { z } from 'zod';
import { count } from './common.js';
import { defineKind } from './define.js';

export const onPremNetworkPropsSchema = z.strictObject({
  remoteNodeCidrs: z.array(z.string()).min(1),
  remotePodCidrs: z.array(z.string()).default([]),
  connection: z.enum(['vpn', 'direct-connect']).default('vpn'),
  /** Hybrid nodes and their vCPUs, for rules and the cost estimate. */
  hybridNodeCount: count.default(2),
  vcpuPerNode: z.number().int().min(1).default(4),
  /** How hybrid nodes get credentials: SSM or IAM Roles Anywhere. */
  credentialProvider: z.enum(['SSM', 'IRA']).default('SSM'),
  /** CNI on hybrid nodes (VPC CNI does not run there). */
  cni: z.enum(['cilium', 'calico', 'none']).default('cilium'),
  /** Id of the transit or virtual private gateway, eksctl `remoteNetworkConfig.vpcGatewayID`. */
  vpcGatewayId: z.string().default(''),
});

export const onPremNetworkKind = defineKind({
  kind: 'on-prem-network',
  propsSchema: onPremNetworkPropsSchema,
  defaultProps: { remoteNodeCidrs: ['172.16.0.0/18'], remotePodCidrs: ['172.16.64.0/18'] },
  /**
   * The network alone: hybrid nodes make the user choose how they reach the cluster endpoint (public-only
   * or private-only), so they come when the user sets their number.
   */
  newPartProps: { hybridNodeCount: 0 },
  defaultName: 'on-prem',
  parents: { allowed: [], required: false },
  defaultSize: { width: 220, height: 84 },
  connectsTo: [{ to: 'vpc', meaning: 'connects-to', drawnAs: 'vpn' }],
  labels: {
    en: {
      name: 'On-premises network',
      fields: {
        remoteNodeCidrs: 'Remote node networks (CIDRs)',
        remotePodCidrs: 'Remote Pod networks (CIDRs)',
        connection: 'Connection',
        hybridNodeCount: 'Hybrid nodes (count)',
        vcpuPerNode: 'vCPUs per node',
        credentialProvider: 'Credential provider',
        cni: 'CNI on hybrid nodes',
        vpcGatewayId: 'Transit or virtual private gateway ID',
      },
    },
    ja: {
      name: 'オンプレミスネットワーク',
      fields: {
        remoteNodeCidrs: 'リモートノードのネットワーク（CIDR）',
        remotePodCidrs: 'リモート Pod のネットワーク（CIDR）',
        connection: '接続方法',
        hybridNodeCount: 'ハイブリッドノード数',
        vcpuPerNode: 'ノードあたりの vCPU 数',
        credentialProvider: '認証情報プロバイダー',
        cni: 'ハイブリッドノードの CNI',
        vpcGatewayId: 'Transit Gateway または仮想プライベートゲートウェイの ID',
      },
    },
  },
  io: {
    export: {
      how: 'ClusterConfig remoteNetworkConfig (remote node and Pod networks, credentials, gateway)',
      by: 'shared/export/map-network.ts',
    },
    import: { how: 'one part from remoteNetworkConfig, connected to the VPC', by: 'shared/import/map-parts.ts' },
    cost: { how: 'hybrid node vCPU hours', by: 'shared/cost/compute.ts' },
  },
});
