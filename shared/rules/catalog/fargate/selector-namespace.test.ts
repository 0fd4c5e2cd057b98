import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { selectorNamespace as rule } from './selector-namespace.js';

describe(rule.id, () => {
  it('flags the selectors without a namespace, numbered from 1', () => {
    const b = new DesignBuilder();
    const fp = b.fargateProfile(b.cluster(b.vpc()), {
      selectors: [{ namespace: 'web' }, { namespace: '', labels: { app: 'x' } }, { namespace: '  ' }],
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [fp.id], params: { profile: fp.name, selector: 2 } },
      { partIds: [fp.id], params: { profile: fp.name, selector: 3 } },
    ]);
  });

  it('passes namespaces with wildcards', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.fargateProfile(b.cluster(b.vpc()), { selectors: [{ namespace: 'team-*' }, { namespace: 'kube-system' }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
