/**
 * Whether a Fargate profile picks up system pods that are not drawn as workloads (CoreDNS, the
 * Karpenter controller): a selector whose namespace pattern matches and whose labels the pods carry.
 */
import { wildcardMatch } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';

export function profileSelectsPods(
  fp: PartOf<'fargate-profile'>,
  namespace: string,
  podLabels: Readonly<Record<string, string>>,
): boolean {
  return fp.props.selectors.some(
    (s) => wildcardMatch(s.namespace, namespace) && Object.entries(s.labels).every(([k, v]) => podLabels[k] === v),
  );
}
