import { describe, expect, it } from 'vitest';
import { deleteParts } from '../../shared/editor/commands.js';
import { loadTemplate } from '../../templates/index.js';
import { store } from '../store/app-store.js';
import { closeCompare, compareMode, startCompare } from './compare-state.js';

describe('compare mode', () => {
  it('compares the open design with its last save, stays on for a selection, and ends on an edit', () => {
    const template = loadTemplate('web-application').design;
    store.openDesign(template, { name: 'web.eksdesign' }, true);
    store.editor.apply((d) => deleteParts(d, ['wl-backoffice']));
    expect(store.lastSaved()).toBe(template);

    startCompare(store.lastSaved(), { kind: 'lastSave' });
    const mode = compareMode();
    expect(mode?.before).toBe(template);
    expect(mode?.after).toBe(store.editor.design);
    expect(mode?.comparison.parts.removed.map((p) => p.id)).toEqual(['wl-backoffice']);

    store.editor.select(['ng-web']);
    expect(compareMode()).toBe(mode);
    store.editor.undo();
    expect(compareMode()).toBeNull();
  });

  it('ends when the start screen is shown, and on Close', () => {
    store.openDesign(loadTemplate('microservices').design, null, true);
    startCompare(store.lastSaved(), { kind: 'file', name: 'other.eksdesign' });
    expect(compareMode()?.comparison.equal).toBe(true);
    store.showStart();
    expect(compareMode()).toBeNull();

    store.showEditor();
    startCompare(store.lastSaved(), { kind: 'lastSave' });
    closeCompare();
    expect(compareMode()).toBeNull();
    // Closed means no longer watching: an edit afterwards changes nothing.
    store.editor.apply((d) => deleteParts(d, [d.parts[0]!.id]));
    expect(compareMode()).toBeNull();
  });
});
