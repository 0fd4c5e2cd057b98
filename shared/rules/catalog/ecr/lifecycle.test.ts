import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { lifecycle as rule } from './lifecycle.js';

describe(rule.id, () => {
  it('flags a repository without a lifecycle policy', () => {
    const { b } = baselineBuilder();
    const repo = b.add('ecr', { props: { repositoryName: 'batch', lifecyclePolicy: false } });
    b.add('ecr', { props: { repositoryName: 'kept' } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [repo.id], params: { repository: 'batch' } }]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
