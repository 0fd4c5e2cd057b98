/** ECR repository: where a workload's container images are pulled from. */
import { z } from 'zod';
import { defineKind } from './define.js';

export const ecrPropsSchema = z.strictObject({
  repositoryName: z.string(),
  /** Region of the registry; empty = the cluster's region. */
  region: z.string().default(''),
  scanOnPush: z.boolean().default(true),
  tagImmutability: z.boolean().default(true),
  lifecyclePolicy: z.boolean().default(true),
  /** Assumed stored image data, for the cost estimate. */
  assumedStorageGb: z.number().min(0).default(5),
});

export const ecrKind = defineKind({
  kind: 'ecr',
  propsSchema: ecrPropsSchema,
  defaultProps: { repositoryName: 'app' },
  defaultName: 'ecr',
  parents: { allowed: [], required: false },
  defaultSize: { width: 200, height: 84 },
  /** Nodes pull a workload's images from the repository. */
  connectsTo: [{ to: 'workload', meaning: 'image-for', drawnAs: 'image-pull' }],
  labels: {
    en: {
      name: 'ECR repository',
      fields: {
        repositoryName: 'Repository name',
        region: 'Registry Region',
        scanOnPush: 'Scan images on push',
        tagImmutability: 'Immutable image tags',
        lifecyclePolicy: 'Lifecycle policy (expire old images)',
        assumedStorageGb: 'Assumed storage (GB)',
      },
    },
    ja: {
      name: 'ECR リポジトリ',
      fields: {
        repositoryName: 'リポジトリ名',
        region: 'レジストリのリージョン',
        scanOnPush: 'プッシュ時にイメージをスキャン',
        tagImmutability: 'タグのイミュータビリティ',
        lifecyclePolicy: 'ライフサイクルポリシー（古いイメージを削除）',
        assumedStorageGb: '想定ストレージ（GB）',
      },
    },
  },
  io: {
    export: { none: 'eksctl creates no ECR repositories; nodes get pull access through their managed policy' },
    import: { none: 'a ClusterConfig names no ECR repositories' },
    cost: { how: 'assumed stored image data per month', by: 'shared/cost/services.ts' },
  },
});
