/**
 * The objects in the generated manifest files that the runbook waits for: workloads to roll out, and
 * Ingresses and LoadBalancer Services to get an address from the AWS Load Balancer Controller.
 */
import { parseAllDocuments } from 'yaml';
import type { ManifestFile } from './types.js';

export interface WaitTarget {
  /** `rollout`: kubectl rollout status; `address`: a load balancer hostname in status.loadBalancer. */
  check: 'rollout' | 'address';
  kind: string;
  namespace: string;
  name: string;
}

const ROLLOUT_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What to wait for after applying `files`, in file and document order. Unparsable documents are skipped. */
export function waitTargets(files: readonly ManifestFile[]): WaitTarget[] {
  const out: WaitTarget[] = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(file.content)) {
      if (doc.errors.length > 0) continue;
      const obj = doc.toJS() as Record<string, unknown> | null;
      if (obj === null || typeof obj !== 'object') continue;
      const kind = str(obj['kind']);
      const meta = (obj['metadata'] ?? {}) as Record<string, unknown>;
      const name = str(meta['name']);
      if (!kind || !name) continue;
      const namespace = str(meta['namespace']) ?? 'default';
      const spec = (obj['spec'] ?? {}) as Record<string, unknown>;
      if (ROLLOUT_KINDS.has(kind)) out.push({ check: 'rollout', kind, namespace, name });
      else if (kind === 'Ingress' || (kind === 'Service' && spec['type'] === 'LoadBalancer'))
        out.push({ check: 'address', kind, namespace, name });
    }
  }
  return out;
}
