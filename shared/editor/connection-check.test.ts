import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { addPart, connect } from './commands.js';
import { connectionRefusal, connectionTargets } from './connection-check.js';

function design(): Design {
  let d: Design = { name: 'test', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc').design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1' }).design;
  d = addPart(d, 'workload', { parentId: 'cluster-1', name: 'frontend' }).design;
  d = addPart(d, 'ecr', { name: 'images' }).design;
  d = addPart(d, 'alb', { parentId: 'vpc-1' }).design;
  return d;
}

describe('connectionRefusal', () => {
  it('accepts a meaningful new connection', () => {
    expect(connectionRefusal(design(), 'ecr-1', 'workload-1')).toBeUndefined();
  });
  it('says which kinds the source connects to when the ends do not fit', () => {
    expect(connectionRefusal(design(), 'ecr-1', 'alb-1')).toEqual({
      code: 'wrong-kinds',
      from: 'ecr',
      to: 'alb',
      targets: ['workload'],
    });
    expect(connectionTargets('api-gateway')).toEqual(['nlb', 'alb']);
    expect(connectionTargets('vpc')).toEqual([]);
  });
  it('refuses a second connection between the same two parts, naming them', () => {
    const d = connect(design(), 'ecr-1', 'workload-1').design;
    expect(connectionRefusal(d, 'ecr-1', 'workload-1')).toEqual({ code: 'duplicate', fromName: 'images', toName: 'frontend' });
  });
  it('refuses a part to itself and a part that is gone', () => {
    expect(connectionRefusal(design(), 'alb-1', 'alb-1')).toEqual({ code: 'same-part' });
    expect(connectionRefusal(design(), 'alb-1', 'nope')).toEqual({ code: 'missing-part', partId: 'nope' });
  });
});
