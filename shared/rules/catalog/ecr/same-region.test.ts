import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { sameRegion as rule } from './same-region.js';

function crossRegion() {
  const { b, vpc, cluster, workload } = baselineBuilder();
  const repo = b.add('ecr', { props: { repositoryName: 'shop/web', region: 'eu-west-1' } });
  b.connect(repo, workload);
  return { b, vpc, cluster, workload, repo };
}

describe(rule.id, () => {
  it('warns about a repository in another Region', () => {
    const { b, cluster, workload, repo } = crossRegion();
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [repo.id, cluster.id, workload.id],
        params: { repository: 'shop/web', region: 'eu-west-1', cluster: cluster.name, clusterRegion: 'us-east-1' },
      },
    ]);
  });

  it('makes it an error when the pods have no internet egress', () => {
    const { b, vpc } = crossRegion();
    vpc.props.natGateway = 'Disable';
    expect(runRule(rule, b.build()).map((f) => f.severity)).toEqual(['error']);
  });

  it('passes a repository in the cluster Region or with the Region left empty', () => {
    const { b, workload } = baselineBuilder();
    b.connect(b.add('ecr', { props: { repositoryName: 'a', region: 'us-east-1' } }), workload);
    b.connect(b.add('ecr', { props: { repositoryName: 'b' } }), workload);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
