import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { ecrImageMismatch as rule } from './ecr-image-mismatch.js';

const ECR = '111122223333.dkr.ecr.us-east-1.amazonaws.com';

describe(rule.id, () => {
  it('flags images from another registry or another repository', () => {
    const { b, workload, nodeGroup } = baselineBuilder();
    const repo = b.add('ecr', { props: { repositoryName: 'shop/web' } });
    const other = b.workload(nodeGroup, { image: `${ECR}/shop/api:1.0` });
    b.connect(repo, workload).connect(repo, other);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [workload.id, repo.id],
        params: { workload: workload.name, repository: 'shop/web', image: workload.props.image },
      },
      { partIds: [other.id, repo.id], params: { workload: other.name, repository: 'shop/web', image: `${ECR}/shop/api:1.0` } },
    ]);
  });

  it('passes images of the repository with a tag or digest, empty images, and the baseline', () => {
    const { b, nodeGroup } = baselineBuilder();
    const repo = b.add('ecr', { props: { repositoryName: 'shop/web' } });
    for (const image of [`${ECR}/shop/web:1.2`, `${ECR}/shop/web@sha256:abc`, `${ECR}/shop/web`, ''])
      b.connect(repo, b.workload(nodeGroup, { image }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
