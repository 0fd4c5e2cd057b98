import { describe, expect, it } from 'vitest';
import { createPart } from '../../shared/model/defaults.js';
import { moveParts, updatePart } from '../../shared/editor/commands.js';
import { sameExceptPosition } from './same-except-position.js';

describe('sameExceptPosition', () => {
  const part = createPart({ parts: [], connections: [] }, 'managed-node-group', { name: 'workers', position: { x: 0, y: 0 } });
  const design = { name: 'd', description: '', parts: [part], connections: [] };
  const id = part.id;

  it('treats a moved part as unchanged for the form', () => {
    const moved = moveParts(design, [{ id, position: { x: 40, y: 10 } }]).parts[0]!;
    expect(moved).not.toBe(part);
    expect(sameExceptPosition(part, moved)).toBe(true);
  });

  it('sees a changed name, property set or note', () => {
    for (const patch of [{ name: 'other' }, { note: 'why' }, { props: { ...part.props } }]) {
      const changed = updatePart(design, id, patch).parts[0]!;
      expect(sameExceptPosition(part, changed)).toBe(false);
    }
  });
});
