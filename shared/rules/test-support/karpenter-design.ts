/** For Karpenter rule tests: a design whose one cluster installs Karpenter at a given version. */
import { DesignBuilder } from './builder.js';

/** One cluster in a VPC with Karpenter `karpenterVersion` (as typed, unchecked), on Kubernetes `kubernetes` if given. */
export function withKarpenterVersion(karpenterVersion: string, kubernetes?: string) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), {
    ...(kubernetes === undefined ? {} : { version: kubernetes }),
    addons: { nodeAutoscaler: 'karpenter', karpenterVersion },
  });
  return { design: b.build(), cluster };
}
