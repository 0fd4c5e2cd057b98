import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { imageReference, imageTag as rule } from './image-tag.js';

describe(rule.id, () => {
  it('flags images with no tag or the latest tag, including a registry with a port', () => {
    const { b, nodeGroup } = baselineBuilder();
    const images = [
      'nginx',
      'nginx:latest',
      'registry.local:5000/team/app',
      '111122223333.dkr.ecr.us-east-1.amazonaws.com/web:latest',
    ];
    const workloads = images.map((image) => b.workload(nodeGroup, { image }));
    expect(runRule(rule, b.build())).toEqual(
      workloads.map((w, i) => ({ partIds: [w.id], params: { workload: w.name, image: images[i] } })),
    );
  });

  it('passes version tags, digests, empty images and the baseline', () => {
    const { b, nodeGroup } = baselineBuilder();
    for (const image of ['nginx:1.27', 'registry.local:5000/app:2.0', 'app@sha256:abc', 'app:latest@sha256:abc', '']) {
      b.workload(nodeGroup, { image });
    }
    expect(runRule(rule, b.build())).toEqual([]);
    expect(imageReference('registry.local:5000/app')).toEqual({ digest: false });
  });
});
