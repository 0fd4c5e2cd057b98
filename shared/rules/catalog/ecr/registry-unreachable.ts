import type { PartOf } from '../../../model/parts.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { workloadHasEgress } from './egress.js';

/** A private ECR registry host: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`. */
const PRIVATE_ECR_HOST = /^\d{12}\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

/** The registry host of an image reference; Docker Hub when the first segment is not a host. */
export function registryHost(image: string): string {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}

/**
 * Without internet egress, pods reach only registries behind VPC endpoints: private ECR in the
 * cluster's own Region. Public ECR, Docker Hub, Quay, GitHub and the like have no VPC endpoint.
 * (Missing ECR endpoints themselves are vpc.private-subnet-egress's finding.)
 */
/** Whether an ECR repository is drawn as the workload's image source (a loop: every workload, every validation). */
function pulledFromEcr(index: DesignIndex, workload: PartOf<'workload'>): boolean {
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const connections = index.connectionsTo(workload);
  for (let i = 0; i < connections.length; i++) {
    const c = connections[i]!;
    if (index.get(c.from, 'ecr') !== undefined) return true;
  }
  return false;
}

export const registryUnreachable = defineRule({
  id: 'ecr.registry-unreachable',
  severity: 'error',
  area: 'ecr',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'Workload {{workload}} pulls {{image}} from {{registry}}, but its pods have no internet egress and VPC endpoints only reach private ECR in {{region}}, so the pull fails (ImagePullBackOff).',
      fix: 'Copy the image into a private ECR repository in {{region}} (or set up an ECR pull through cache rule) and use that URI, or give the subnets a NAT gateway.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は {{registry}} から {{image}} をプルしますが、Pod にはインターネットへの経路がなく、VPC エンドポイントで届くのは {{region}} のプライベート ECR だけのため、プルに失敗します（ImagePullBackOff）。',
      fix: 'イメージを {{region}} のプライベート ECR リポジトリにコピーする（または ECR のプルスルーキャッシュを設定する）か、サブネットに NAT ゲートウェイを用意してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      const image = workload.props.image.trim();
      if (image === '') continue;
      // Drawn as coming from an ECR repository: that pull is judged by the ECR rules.
      if (pulledFromEcr(index, workload)) continue;
      const cluster: PartOf<'cluster'> | undefined = index.clusterOf(workload);
      if (!cluster || workloadHasEgress(index, workload) !== false) continue;
      const registry = registryHost(image);
      if (PRIVATE_ECR_HOST.exec(registry)?.[1] === cluster.props.region) continue;
      findings.push({
        partIds: [workload.id, cluster.id],
        params: { workload: workload.name, image, registry, region: cluster.props.region },
      });
    }
    return findings;
  },
});
