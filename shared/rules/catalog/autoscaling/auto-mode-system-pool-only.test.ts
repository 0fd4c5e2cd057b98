import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { autoModeSystemPoolOnly } from './auto-mode-system-pool-only.js';

const autoMode = (nodePools?: string[]) => ({
  addons: { vpcCni: false, coreDns: false, kubeProxy: false },
  extra: { autoModeConfig: { enabled: true, ...(nodePools ? { nodePools } : {}) } },
});

describe(autoModeSystemPoolOnly.id, () => {
  it('flags a workload whose only built-in pool is system (tainted CriticalAddonsOnly)', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), autoMode(['system']));
    const web = b.workload(cluster, {});
    b.workload(cluster, { workloadKind: 'DaemonSet' });
    expect(runRule(autoModeSystemPoolOnly, b.build())).toEqual([
      { partIds: [web.id, cluster.id], params: { workload: web.name, cluster: cluster.name } },
    ]);
  });

  it('passes with general-purpose on (or both by default), or an untainted node group', () => {
    const b = new DesignBuilder();
    b.workload(b.cluster(b.vpc(), autoMode(['general-purpose'])), {});
    b.workload(b.cluster(b.vpc(), autoMode(), 'both'), {});
    const withGroup = b.cluster(b.vpc(), autoMode(['system']), 'grp');
    b.managedNodeGroup(withGroup, {});
    b.workload(withGroup, {});
    expect(runRule(autoModeSystemPoolOnly, b.build())).toEqual([]);
  });
});
