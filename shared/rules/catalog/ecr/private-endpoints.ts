import type { PartOf } from '../../../model/parts.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { missingEndpoints, workloadHasEgress } from './egress.js';

/** Endpoints an ECR pull needs without internet egress: the API, the Docker registry, and S3 for the layers. */
export const ECR_ENDPOINTS = ['ecr.api', 'ecr.dkr', 's3'] as const;

/** A private ECR image URI: `<account>.dkr.ecr.<region>.amazonaws.com/...`. */
const PRIVATE_ECR_IMAGE = /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

export const privateEndpoints = defineRule({
  id: 'ecr.private-endpoints',
  severity: 'error',
  area: 'ecr',
  source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
  text: {
    en: {
      message:
        'Workloads in VPC {{vpc}} ({{workloads}}) pull images from ECR without internet egress, but the VPC lacks the {{missing}} endpoints, so image pulls fail.',
      fix: 'Add the com.amazonaws.<region>.ecr.api and .ecr.dkr interface endpoints (private DNS on) and the .s3 gateway endpoint to {{vpc}}, or give the subnets a NAT gateway.',
    },
    ja: {
      message:
        'VPC {{vpc}} のワークロード（{{workloads}}）はインターネットへの経路なしで ECR からイメージをプルしますが、VPC に {{missing}} のエンドポイントがないため、プルに失敗します。',
      fix: 'VPC {{vpc}} に com.amazonaws.<region>.ecr.api と .ecr.dkr のインターフェイスエンドポイント（プライベート DNS 有効）と .s3 のゲートウェイエンドポイントを追加するか、サブネットに NAT ゲートウェイを用意してください。',
    },
  },
  check(index) {
    const byVpc = new Map<string, { vpc: PartOf<'vpc'>; workloads: PartOf<'workload'>[] }>();
    for (const w of index.ofKind('workload')) {
      const fromEcr = index.connectionsTo(w).some((c) => index.get(c.from, 'ecr') !== undefined);
      if (!fromEcr && !PRIVATE_ECR_IMAGE.test(w.props.image.trim())) continue;
      if (workloadHasEgress(index, w) !== false) continue;
      const vpc = index.vpcOf(w);
      if (!vpc) continue;
      const entry = byVpc.get(vpc.id) ?? { vpc, workloads: [] };
      entry.workloads.push(w);
      byVpc.set(vpc.id, entry);
    }
    const out: Finding[] = [];
    for (const { vpc, workloads } of byVpc.values()) {
      const missing = missingEndpoints(vpc, ECR_ENDPOINTS);
      if (missing.length === 0) continue;
      out.push({
        partIds: [vpc.id, ...workloads.map((w) => w.id)],
        params: { vpc: vpc.name, workloads: workloads.map((w) => w.name).join(', '), missing: missing.join(', ') },
      });
    }
    return out;
  },
});
