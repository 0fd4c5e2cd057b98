/** EKS cluster: the control plane, its add-ons and how it is reached; one eksctl ClusterConfig each. */
import { z } from 'zod';
import { KARPENTER_LATEST } from '../../deploy/chart-versions.js';
import { addonSwitchFields } from '../addons.js';
import { jsonObject, passthrough, stringMap } from './common.js';
import { defineKind } from './define.js';

export const CONTROL_PLANE_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

/** The add-on switches come from the add-on table (shared/model/addons.ts), one field per row. */
export const addonsSchema = z.strictObject({
  ...addonSwitchFields('basics'),
  /** Node autoscaler: none, Cluster Autoscaler, or Karpenter. */
  nodeAutoscaler: z.enum(['none', 'cluster-autoscaler', 'karpenter']).default('none'),
  /** The newest Karpenter checked: it supports current Kubernetes versions (1.6 stopped at 1.34). */
  karpenterVersion: z.string().default(KARPENTER_LATEST),
  /**
   * What the cost estimate assumes Karpenter keeps running: Karpenter picks instance types and node counts
   * itself as pods need them, so the design cannot say; the user edits this guess.
   */
  karpenterCapacity: z
    .strictObject({
      instanceType: z.string().min(1).default('m6i.large'),
      capacityType: z.enum(['ON_DEMAND', 'SPOT']).default('ON_DEMAND'),
      averageNodes: z.number().finite().min(0).max(10000).default(2),
    })
    .default({ instanceType: 'm6i.large', capacityType: 'ON_DEMAND', averageNodes: 2 }),
  ...addonSwitchFields('controllers'),
});
export type Addons = z.infer<typeof addonsSchema>;

export const clusterPropsSchema = z.strictObject({
  region: z.string(),
  /** Kubernetes minor version as eksctl wants it: a "major.minor" string. */
  version: z.string(),
  endpointAccess: z
    .strictObject({
      public: z.boolean(),
      private: z.boolean(),
      publicAccessCidrs: z.array(z.string()).default([]),
    })
    .default({ public: true, private: true, publicAccessCidrs: [] }),
  /**
   * eksctl fully-private cluster (`privateCluster.enabled`): private-only API endpoint, no internet egress;
   * an eksctl-built VPC then has private subnets only (no NAT, no internet gateway) and eksctl creates the
   * VPC endpoints nodes need. Read it through isFullyPrivateCluster (shared/model/cluster-network.ts).
   */
  fullyPrivate: z.boolean().default(false),
  /** Control plane log types sent to CloudWatch Logs. */
  logging: z.array(z.enum(CONTROL_PLANE_LOG_TYPES)).default([]),
  /** KMS key ARN for envelope encryption of Kubernetes secrets; empty = not encrypted. */
  secretsEncryptionKeyArn: z.string().default(''),
  authenticationMode: z.enum(['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP']).default('API'),
  /** Extended support is AWS's default; STANDARD upgrades the control plane at end of standard support. */
  supportType: z.enum(['STANDARD', 'EXTENDED']).default('EXTENDED'),
  ipFamily: z.enum(['IPv4', 'IPv6']).default('IPv4'),
  /** Kubernetes service CIDR; empty = EKS default (10.100.0.0/16 or 172.20.0.0/16). */
  serviceIpv4Cidr: z.string().default(''),
  /** IAM for controllers: IRSA (OIDC provider + service accounts) or EKS Pod Identity associations. */
  controllerIdentity: z.enum(['irsa', 'pod-identity']).default('pod-identity'),
  addons: addonsSchema.default(addonsSchema.parse({})),
  tags: stringMap.default({}),
  ...passthrough,
  /**
   * Set by eksctl YAML import: the imported config (`source`) and the exporter's output for the design as
   * imported (`baseline`). Export writes `source` plus the edits made since (shared/export/origin-merge.ts),
   * so an untouched import exports exactly as it came in.
   */
  eksctlOrigin: z.strictObject({ source: jsonObject, baseline: jsonObject }).optional(),
});

export const clusterKind = defineKind({
  kind: 'cluster',
  propsSchema: clusterPropsSchema,
  defaultProps: { region: 'us-east-1', version: '1.35' },
  /**
   * The EKS Pod Identity Agent that its default controller identity (Pod Identity) needs, the AWS Load
   * Balancer Controller that an ALB or NLB in its VPC needs, and the audit log types every security
   * baseline asks for.
   */
  newPartProps: {
    logging: ['api', 'audit', 'authenticator'],
    addons: { podIdentityAgent: true, awsLoadBalancerController: true },
  },
  defaultName: 'my-cluster',
  nameMaxLength: 100,
  parents: { allowed: ['vpc'], required: false },
  defaultSize: { width: 620, height: 380 },
  connectsTo: [],
  labels: {
    en: {
      name: 'EKS cluster',
      fields: {
        region: 'Region',
        version: 'Kubernetes version',
        endpointAccess: 'API server endpoint',
        public: 'Public access',
        private: 'Private access',
        publicAccessCidrs: 'Public access allowed from (CIDRs)',
        fullyPrivate: 'Fully private (eksctl privateCluster: no internet access, private endpoint only)',
        logging: 'Control plane logs',
        secretsEncryptionKeyArn: 'KMS key ARN for secrets encryption',
        authenticationMode: 'Authentication mode',
        supportType: 'Support policy',
        ipFamily: 'IP family',
        serviceIpv4Cidr: 'Service CIDR (empty = EKS default)',
        controllerIdentity: 'IAM for controllers',
        addons: 'Add-ons',
        tags: 'Tags',
      },
    },
    ja: {
      name: 'EKS クラスター',
      fields: {
        region: 'リージョン',
        version: 'Kubernetes バージョン',
        endpointAccess: 'API サーバーエンドポイント',
        public: 'パブリックアクセス',
        private: 'プライベートアクセス',
        publicAccessCidrs: 'パブリックアクセスを許可する CIDR',
        fullyPrivate: '完全プライベート（eksctl privateCluster: インターネットアクセスなし、プライベートエンドポイントのみ）',
        logging: 'コントロールプレーンのログ',
        secretsEncryptionKeyArn: 'シークレット暗号化の KMS キー ARN',
        authenticationMode: '認証モード',
        supportType: 'サポートポリシー',
        ipFamily: 'IP ファミリー',
        serviceIpv4Cidr: 'サービス CIDR（空欄 = EKS のデフォルト値）',
        controllerIdentity: 'コントローラーの IAM',
        addons: 'アドオン',
        tags: 'タグ',
      },
    },
  },
  io: {
    export: {
      how: 'one ClusterConfig per cluster: metadata, endpoint access, IAM, add-ons, logging, encryption',
      by: 'shared/export/cluster-config.ts',
    },
    import: {
      how: 'one cluster part from metadata, vpc.clusterEndpoints, iam, addons and cloudWatch',
      by: 'shared/import/map-cluster.ts',
    },
    cost: { how: 'control plane hours, standard or extended support by version and date', by: 'shared/cost/compute.ts' },
  },
});
