import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { tagCount as rule } from './tag-count.js';

/** `n` tags as a YAML flow map, keys `prefix0`, `prefix1`, ... */
function tags(n: number, prefix = 'team'): string {
  return `{${Array.from({ length: n }, (_, i) => `${prefix}${i}: v`).join(', ')}}`;
}

function run(metadataTags: number, body = '') {
  const yaml =
    'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n' +
    `metadata: {name: demo, region: us-west-2, version: "1.35", tags: ${tags(metadataTags)}}\n` +
    body;
  return runRule(rule, importEksctlYaml(yaml).document.design).map((f) => [
    f.configPath,
    f.params?.['count'],
    f.params?.['stack'],
  ]);
}

describe(rule.id, () => {
  it('counts eksctl\u2019s four tags on the cluster stack: 46 of the config\u2019s pass, 47 make 51', () => {
    expect(run(46)).toEqual([]);
    expect(run(47)).toEqual([['metadata.tags', 51, 'eksctl-demo-cluster']]);
  });

  it("counts a node group's own tags with metadata.tags on its stack, keys in both once", () => {
    const group = (n: number, shared = 0) =>
      `managedNodeGroups:\n  - name: workers\n    tags: {${[
        ...Array.from({ length: n }, (_, i) => `ng${i}: v`),
        ...Array.from({ length: shared }, (_, i) => `team${i}: v`),
      ].join(', ')}}\n`;
    expect(run(40, group(7))).toEqual([]);
    expect(run(40, group(8))).toEqual([['managedNodeGroups[0].tags', 51, 'eksctl-demo-nodegroup-workers']]);
    expect(run(40, group(7, 30))).toEqual([]);
  });

  it('reports a drawn cluster with too many tags, and passes the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { tags: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v'])) });
    expect(runRule(rule, b.build()).map((f) => f.params?.['over'])).toEqual([14]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
