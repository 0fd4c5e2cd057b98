import { describe, expect, it } from 'vitest';
import { baselineBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { exportEksctlYaml } from './export-yaml.js';

/** The comment lines of the export that mention subnet tags. */
function tagNote(lang: 'en' | 'ja' = 'en'): (tags: Record<string, string>[]) => string[] {
  return (tags) => {
    const { b, publicSubnets, privateSubnets } = baselineBuilder();
    [...publicSubnets, ...privateSubnets].forEach((s, i) => Object.assign(s.props.tags, tags[i] ?? {}));
    const { yaml } = exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT, lang });
    return yaml.split('\n').filter((l) => l.startsWith('#') && /tags|タグ/.test(l));
  };
}

describe('tags drawn on subnets of a VPC eksctl creates', () => {
  it('says which subnets have tags the file cannot carry', () => {
    const lines = tagNote()([{ 'cost-center': 'platform' }, {}, {}, { team: 'web', 'kubernetes.io/role/internal-elb': '1' }]);
    expect(lines.join('\n')).toContain('the tags drawn on subnet-1, subnet-4 are not in');
    expect(tagNote('ja')([{ 'cost-center': 'platform' }]).join('\n')).toContain('subnet-1 に設定したタグ');
  });

  it('says nothing for the tags eksctl sets itself, or none', () => {
    expect(tagNote()([{ 'kubernetes.io/role/elb': '1' }, { 'kubernetes.io/cluster/demo-1': 'shared' }])).toEqual([]);
    expect(tagNote()([])).toEqual([]);
  });
});
