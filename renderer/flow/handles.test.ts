import { describe, expect, it } from 'vitest';
import { CONNECTION_TYPES } from '../../shared/model/structure.js';
import { PART_KINDS } from '../../shared/model/parts.js';
import { HANDLE_SIZE, handlesFor } from './handles.js';

describe('handlesFor', () => {
  it('gives a kind a target handle exactly when a connection can end at it, and a source when one can start', () => {
    for (const kind of PART_KINDS) {
      const types = handlesFor(kind, 200, 80).map((h) => h.type);
      expect(types.includes('target'), kind).toBe(CONNECTION_TYPES.some((c) => c.to === kind));
      expect(types.includes('source'), kind).toBe(CONNECTION_TYPES.some((c) => c.from === kind));
    }
  });

  it('centres the handles on the middle of the left and right sides, following the part size', () => {
    const [target, source] = handlesFor('workload', 200, 80);
    expect(target).toMatchObject({ position: 'left', x: -HANDLE_SIZE / 2, y: 40 - HANDLE_SIZE / 2 });
    expect(source).toMatchObject({ position: 'right', x: 200 - HANDLE_SIZE / 2, y: 40 - HANDLE_SIZE / 2 });
    expect(handlesFor('workload', 300, 120)[1]).toMatchObject({ x: 300 - HANDLE_SIZE / 2, y: 60 - HANDLE_SIZE / 2 });
  });
});
