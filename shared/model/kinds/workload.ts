/** Workload: Pods of a Deployment, StatefulSet, DaemonSet, Job or CronJob, on a node group or Fargate. */
import { z } from 'zod';
import { count, stringMap } from './common.js';
import { defineKind } from './define.js';
import { iamPolicyArnsSchema } from '../iam-policy-arn.js';
import { workloadVolumeSchema } from '../workload-volume.js';

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;

export const workloadPropsSchema = z.strictObject({
  workloadKind: z.enum(WORKLOAD_KINDS).default('Deployment'),
  namespace: z.string().default('default'),
  replicas: count.default(2),
  image: z.string().default(''),
  /** CPU request in millicores; 0 = no request. */
  cpuMillicores: count.default(0),
  /** Memory request in MiB; 0 = no request. */
  memoryMiB: count.default(0),
  /** nvidia.com/gpu per pod. */
  gpus: count.default(0),
  labels: stringMap.default({}),
  /** Horizontal Pod Autoscaler; absent = none. */
  hpa: z
    .strictObject({
      minReplicas: z.number().int().min(1),
      maxReplicas: z.number().int().min(1),
      targetCpuPercent: z.number().int().min(1).max(100),
    })
    .optional(),
  /**
   * PodDisruptionBudget; absent = the generated manifests allow one Pod at a time to be evicted
   * (`maxUnavailable: 1`) for workloads with two or more replicas.
   */
  disruptionBudget: z
    .strictObject({
      /** Pods that must stay up while nodes are drained; as many as the replicas blocks every drain. */
      minAvailable: count,
    })
    .optional(),
  /** Service port exposed to load balancers; 0 = none. */
  port: z.number().int().min(0).max(65535).default(80),
  /**
   * HTTP path the readiness probe (and a load balancer's health check) requests on the service port, e.g.
   * `/healthz`; empty = no readiness probe.
   */
  readinessPath: z.string().default(''),
  /** Kubernetes Service type in front of the pods (LoadBalancer/NodePort/ClusterIP). */
  serviceType: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']).default('ClusterIP'),
  privileged: z.boolean().default(false),
  hostNetwork: z.boolean().default(false),
  /** Whether the pods call AWS APIs through their own IAM role (IRSA or Pod Identity). */
  usesAwsApis: z.boolean().default(false),
  /**
   * IAM policies of the workload's own role (schema version 4); absent = none. With `usesAwsApis`, cluster.yaml
   * creates the role with them (an IRSA service account or a Pod Identity association).
   */
  iamPolicyArns: iamPolicyArnsSchema.optional(),
  /**
   * Persistent volume (schema version 5); absent = none, the Pods keep nothing across restarts. EBS: one volume
   * per Pod of a StatefulSet (volumeClaimTemplates), else one volume the workload's Pods share (ReadWriteOnce, so
   * one node); EFS: one file system every Pod mounts (ReadWriteMany).
   */
  volume: workloadVolumeSchema.optional(),
});

export const workloadKind = defineKind({
  kind: 'workload',
  propsSchema: workloadPropsSchema,
  defaultProps: { image: 'public.ecr.aws/nginx/nginx:1.27', cpuMillicores: 250, memoryMiB: 256 },
  // The default image (nginx) answers / with 200, so a load balancer in front of a new workload has a
  // readiness path that works until the user sets their app's own.
  newPartProps: { readinessPath: '/' },
  defaultName: 'app',
  parents: {
    allowed: ['cluster', 'managed-node-group', 'self-managed-node-group', 'fargate-profile'],
    required: true,
    typical: 'managed-node-group',
  },
  defaultSize: { width: 200, height: 84 },
  /** ExternalDNS registers the workload's Service in the namespace. */
  connectsTo: [{ to: 'cloud-map', meaning: 'registers-in', drawnAs: 'service-registration' }],
  labels: {
    en: {
      name: 'Workload',
      fields: {
        workloadKind: 'Workload kind',
        namespace: 'Namespace',
        replicas: 'Replicas (Pods)',
        image: 'Container image',
        cpuMillicores: 'CPU request (millicores)',
        memoryMiB: 'Memory request (MiB)',
        gpus: 'GPUs per Pod',
        labels: 'Pod labels',
        hpa: 'Autoscaling (HPA)',
        minReplicas: 'Minimum replicas (Pods)',
        maxReplicas: 'Maximum replicas (Pods)',
        targetCpuPercent: 'Target CPU utilisation (%)',
        disruptionBudget: 'Disruption budget (PDB)',
        minAvailable: 'Pods kept up during node drains',
        port: 'Service port (0 = none)',
        readinessPath: 'Readiness path (HTTP, e.g. /healthz)',
        serviceType: 'Service type',
        privileged: 'Privileged containers',
        hostNetwork: 'Host network',
        usesAwsApis: 'Calls AWS APIs (needs an IAM role)',
        iamPolicyArns: 'IAM policy ARNs of its role',
        volume: 'Persistent volume',
        storage: 'Storage',
        sizeGiB: 'Size (GiB)',
        mountPath: 'Mount path',
      },
    },
    ja: {
      name: 'ワークロード',
      fields: {
        workloadKind: 'ワークロードの種類',
        namespace: '名前空間',
        replicas: 'レプリカ数（Pod 数）',
        image: 'コンテナイメージ',
        cpuMillicores: 'CPU リクエスト（ミリコア）',
        memoryMiB: 'メモリリクエスト（MiB）',
        gpus: 'Pod あたりの GPU 数',
        labels: 'Pod のラベル',
        hpa: '自動スケーリング（HPA）',
        minReplicas: '最小レプリカ数（Pod 数）',
        maxReplicas: '最大レプリカ数（Pod 数）',
        targetCpuPercent: '目標 CPU 使用率（%）',
        disruptionBudget: 'PodDisruptionBudget（PDB）',
        minAvailable: 'ノードのドレイン中も動かしておく Pod 数',
        port: 'サービスポート（0 = なし）',
        readinessPath: 'レディネスパス（HTTP、例: /healthz）',
        serviceType: 'Service の種類',
        privileged: '特権コンテナ',
        hostNetwork: 'ホストネットワーク',
        usesAwsApis: 'AWS API を呼び出す（IAM ロールが必要）',
        iamPolicyArns: 'ロールの IAM ポリシー ARN',
        volume: '永続ボリューム',
        storage: 'ストレージ',
        sizeGiB: 'サイズ（GiB）',
        mountPath: 'マウントパス',
      },
    },
  },
  io: {
    export: {
      none: 'a ClusterConfig describes the cluster, not Kubernetes objects; workloads only decide add-ons and IAM that are exported (Metrics Server for an HPA, ExternalDNS for Cloud Map, the role of a workload with IAM policy ARNs)',
    },
    import: {
      none: 'a ClusterConfig names no workloads; an iam service account or pod identity association the export wrote for one becomes a workload again',
    },
    cost: {
      how: 'Fargate Pod hours and the nodes Cluster Autoscaler adds for Jobs (compute.ts; node group Pods ride on their nodes), and the GB-months of its volume (storage.ts)',
      by: 'shared/cost/compute.ts',
    },
  },
});
