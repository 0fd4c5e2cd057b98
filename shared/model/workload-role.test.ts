import { describe, expect, it } from 'vitest';
import { iamRoleName, workloadRoleNameOf } from './workload-role.js';

describe('workload role names', () => {
  it('joins short names as they are, with characters IAM refuses made hyphens', () => {
    expect(workloadRoleNameOf('prod', 'payments', 'api')).toBe('prod-payments-api');
    expect(iamRoleName('a b', 'c/d')).toBe('a-b-c-d');
  });

  it('keeps long names within 64 characters and apart when they differ only past the cut', () => {
    const cluster = 'platform-production-eu-central-cluster01';
    const primary = workloadRoleNameOf(cluster, 'payments', 'reconciliation-worker-primary');
    const secondary = workloadRoleNameOf(cluster, 'payments', 'reconciliation-worker-secondary');
    expect(primary).toHaveLength(64);
    expect(secondary).toHaveLength(64);
    expect(primary).not.toBe(secondary);
    expect(primary.startsWith(`${cluster}-payments-rec`)).toBe(true);
    expect(primary).toMatch(/^[\w+=,.@-]+-[0-9a-f]{8}$/);
    // The same design always gives the same name (manifests, cluster.yaml and import agree).
    expect(workloadRoleNameOf(cluster, 'payments', 'reconciliation-worker-primary')).toBe(primary);
  });
});
