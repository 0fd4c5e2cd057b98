import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { pdbBlocksDrain as rule } from './pdb-blocks-drain.js';

describe(rule.id, () => {
  it('flags a budget that keeps as many pods as the HPA floor', () => {
    const { b, workload } = baselineBuilder();
    workload.props.disruptionBudget = { minAvailable: 3 };
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [workload.id], params: { workload: workload.name, minAvailable: 3, replicas: 3, suggested: 2 } },
    ]);
  });

  it('flags a budget above the replicas of a workload without HPA', () => {
    const { b, workload } = baselineBuilder();
    Object.assign(workload.props, { hpa: undefined, replicas: 2, disruptionBudget: { minAvailable: 5 } });
    expect(runRule(rule, b.build())).toHaveLength(1);
  });

  it('passes a budget that lets one pod go, no budget, and kinds a PDB does not protect here', () => {
    const one = baselineBuilder();
    one.workload.props.disruptionBudget = { minAvailable: 2 };
    expect(runRule(rule, one.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const job = baselineBuilder();
    Object.assign(job.workload.props, { workloadKind: 'Job', hpa: undefined, disruptionBudget: { minAvailable: 3 } });
    expect(runRule(rule, job.b.build())).toEqual([]);
  });
});
