import { describe, expect, it } from 'vitest';
import { fitToolbar } from './toolbar-fit.js';

const groups = [['new', 'open', 'save'], ['undo', 'redo'], ['export']] as const;
type Id = (typeof groups)[number][number];
const priority: Id[] = ['undo', 'save', 'redo', 'open', 'new', 'export'];
const widths: Record<Id, number> = { new: 50, open: 50, save: 50, undo: 40, redo: 40, export: 80 };
const fit = (available: number) => [...fitToolbar({ groups, priority, widths, available, gap: 4, groupSpace: 10 })];

describe('fitToolbar', () => {
  it('shows everything when there is room', () => {
    // 10+158 + 10+84 + 10+80 = 352
    expect(fit(352)).toEqual(['new', 'open', 'save', 'undo', 'redo', 'export']);
  });
  it('drops the least used first and keeps the display order', () => {
    expect(fit(351)).toEqual(['new', 'open', 'save', 'undo', 'redo']);
    // Without export and new: 10+104 + 10+84 = 208
    expect(fit(208)).toEqual(['open', 'save', 'undo', 'redo']);
    expect(fit(207)).toEqual(['save', 'undo', 'redo']);
  });
  it('counts a group only while one of its buttons is shown', () => {
    // save alone: 10+50, undo alone: 10+40
    expect(fit(110)).toEqual(['save', 'undo']);
    expect(fit(60)).toEqual(['undo']);
    expect(fit(10)).toEqual([]);
  });
});
