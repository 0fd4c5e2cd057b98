import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DESIGN, store } from '../store/app-store.js';
import { platform } from '../platform/index.js';
import { replaceDesign } from './replace-design.js';
import { save } from './save.js';
import { askUnsavedChanges } from './UnsavedChangesDialog.js';

vi.mock('./UnsavedChangesDialog.js', () => ({ askUnsavedChanges: vi.fn() }));
vi.mock('./save.js', () => ({ save: vi.fn() }));
vi.mock('../platform/index.js', () => ({
  platform: { writeBackup: vi.fn(async () => undefined), readBackup: vi.fn(async () => null), setDocumentState: vi.fn() },
}));

const edited = { ...EMPTY_DESIGN, name: 'edited' };

/** Opens a design with unsaved changes. */
function dirtyDesign(): void {
  store.openDesign(edited, null, false);
  expect(store.getState().dirty).toBe(true);
}

describe('replaceDesign', () => {
  beforeEach(() => {
    vi.mocked(askUnsavedChanges).mockReset();
    vi.mocked(save).mockReset();
    vi.mocked(platform.writeBackup).mockClear();
  });

  it('replaces a design without unsaved changes at once', async () => {
    store.openDesign(EMPTY_DESIGN, null, true);
    const open = vi.fn();
    await expect(replaceDesign(open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledOnce();
    expect(askUnsavedChanges).not.toHaveBeenCalled();
  });

  it('keeps the design on Cancel, and when Save is cancelled or fails', async () => {
    dirtyDesign();
    const open = vi.fn();
    vi.mocked(askUnsavedChanges).mockResolvedValue('cancel');
    await expect(replaceDesign(open)).resolves.toBe(false);
    vi.mocked(askUnsavedChanges).mockResolvedValue('save');
    vi.mocked(save).mockResolvedValue(false);
    await expect(replaceDesign(open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(askUnsavedChanges).toHaveBeenCalledWith('edited');
    expect(platform.writeBackup).not.toHaveBeenCalledWith(null);
  });

  it('replaces after a successful Save, saving in place (not Save as)', async () => {
    dirtyDesign();
    const open = vi.fn();
    vi.mocked(askUnsavedChanges).mockResolvedValue('save');
    vi.mocked(save).mockResolvedValue(true);
    await expect(replaceDesign(open)).resolves.toBe(true);
    expect(save).toHaveBeenCalledWith(false);
    expect(open).toHaveBeenCalledOnce();
  });

  it("on Don't Save removes the backup of the discarded work before replacing", async () => {
    dirtyDesign();
    const order: string[] = [];
    vi.mocked(platform.writeBackup).mockImplementation(async (text) => void order.push(`backup ${String(text)}`));
    vi.mocked(askUnsavedChanges).mockResolvedValue('discard');
    await replaceDesign(() => order.push('open'));
    expect(order).toEqual(['backup null', 'open']);
  });

  it('runs requests one after another: the second asks about the design the first opened', async () => {
    dirtyDesign();
    vi.mocked(askUnsavedChanges).mockResolvedValue('discard');
    const first = replaceDesign(() => store.openDesign(EMPTY_DESIGN, null, true));
    const second = replaceDesign(() => store.openDesign(edited, null, false));
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
    // The first replaced the edited design with a saved one, so the second had nothing to ask about.
    expect(askUnsavedChanges).toHaveBeenCalledOnce();
    expect(store.getState().design).toBe(edited);
  });
});
