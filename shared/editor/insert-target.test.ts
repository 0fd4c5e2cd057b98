import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { addPart } from './commands.js';
import { insertTarget } from './insert-target.js';

function design(): Design {
  let d: Design = { name: 'd', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc').design;
  d = addPart(d, 'subnet', { parentId: 'vpc-1' }).design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1', position: { x: 300, y: 60 } }).design;
  d = addPart(d, 'managed-node-group', { parentId: 'cluster-1', position: { x: 20, y: 60 } }).design;
  d = addPart(d, 'workload', { parentId: 'managed-node-group-1', position: { x: 20, y: 60 } }).design;
  return d;
}

describe('insertTarget', () => {
  it('uses the selected container when it may hold the kind', () => {
    expect(insertTarget(design(), ['vpc-1'], 'subnet')).toEqual({ parentId: 'vpc-1' });
    expect(insertTarget(design(), ['managed-node-group-1'], 'workload')).toEqual({ parentId: 'managed-node-group-1' });
  });

  it('climbs from the selection to the innermost container that may hold the kind', () => {
    expect(insertTarget(design(), ['workload-1'], 'workload')).toEqual({ parentId: 'managed-node-group-1' });
    expect(insertTarget(design(), ['workload-1'], 'fargate-profile')).toEqual({ parentId: 'cluster-1' });
    expect(insertTarget(design(), ['subnet-1'], 'alb')).toEqual({ parentId: 'vpc-1' });
  });

  it('falls back to the top level, or says which containers a kind needs', () => {
    expect(insertTarget(design(), ['workload-1'], 'ecr')).toEqual({ parentId: undefined });
    expect(insertTarget(design(), [], 'vpc')).toEqual({ parentId: undefined });
    expect(insertTarget(design(), ['c-1'], 'vpc')).toEqual({ parentId: undefined });
    expect(insertTarget(design(), [], 'workload')).toEqual({
      needs: ['cluster', 'managed-node-group', 'self-managed-node-group', 'fargate-profile'],
    });
  });
});
