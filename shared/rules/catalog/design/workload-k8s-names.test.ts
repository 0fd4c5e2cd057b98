import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { workloadK8sNames as rule } from './workload-k8s-names.js';

describe(rule.id, () => {
  it('flags a name Kubernetes refuses, with a suggestion', () => {
    const { b, workload } = baselineBuilder();
    Object.assign(workload, { name: '1 Web_API' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [workload.id],
        params: { workload: '1 Web_API', value: '1 Web_API', max: 63, suggestion: 'web-api' },
      },
    ]);
  });

  it('flags a namespace with capitals and a CronJob name too long for its Jobs', () => {
    const { b, workload } = baselineBuilder();
    workload.props.namespace = 'Team-A';
    expect(runRule(rule, b.build()).map((f) => f.params?.suggestion)).toEqual(['team-a']);
    const cron = baselineBuilder();
    Object.assign(cron.workload, { name: 'a'.repeat(53) });
    Object.assign(cron.workload.props, { workloadKind: 'CronJob', hpa: undefined });
    expect(runRule(rule, cron.b.build()).map((f) => f.params?.max)).toEqual([52]);
  });

  it('passes valid names, including a namespace starting with a digit', () => {
    const { b, workload } = baselineBuilder();
    workload.props.namespace = '1team';
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
