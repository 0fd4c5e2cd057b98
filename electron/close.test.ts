import { describe, expect, it, vi } from 'vitest';
import { choiceFromButton, createCloseGuard, type CloseSteps } from './close.js';

function steps(overrides: Partial<CloseSteps> = {}) {
  const s = {
    askDirty: vi.fn(async (): Promise<boolean | null> => false),
    lastKnownDirty: vi.fn(() => false),
    rendererAlive: vi.fn(() => true),
    promptSave: vi.fn(async () => 'cancel' as const),
    askSave: vi.fn(async (): Promise<boolean | null> => true),
    removeBackup: vi.fn(async () => undefined),
    close: vi.fn(),
    kept: vi.fn(),
    ...overrides,
  };
  return s;
}

async function runClose(s: CloseSteps) {
  const guard = createCloseGuard(s);
  const event = { preventDefault: vi.fn() };
  guard.onClose(event);
  await guard.pending;
  return { guard, event };
}

describe('close guard', () => {
  it('closes a clean document without asking and removes its backup', async () => {
    const s = steps();
    const { event, guard } = await runClose(s);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(s.promptSave).not.toHaveBeenCalled();
    expect(s.removeBackup).toHaveBeenCalled();
    expect(s.close).toHaveBeenCalledOnce();
    // The close that follows passes through.
    const again = { preventDefault: vi.fn() };
    guard.onClose(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('Cancel keeps the window and the backup', async () => {
    const s = steps({ askDirty: vi.fn(async () => true), promptSave: vi.fn(async () => 'cancel' as const) });
    await runClose(s);
    expect(s.close).not.toHaveBeenCalled();
    expect(s.removeBackup).not.toHaveBeenCalled();
    expect(s.kept).toHaveBeenCalled();
  });

  it("Don't Save closes and removes the backup", async () => {
    const s = steps({ askDirty: vi.fn(async () => true), promptSave: vi.fn(async () => 'discard' as const) });
    await runClose(s);
    expect(s.askSave).not.toHaveBeenCalled();
    expect(s.removeBackup).toHaveBeenCalled();
    expect(s.close).toHaveBeenCalled();
  });

  it('Save closes only after the renderer saved', async () => {
    const ok = steps({
      askDirty: vi.fn(async () => true),
      promptSave: vi.fn(async () => 'save' as const),
      askSave: vi.fn(async () => true),
    });
    await runClose(ok);
    expect(ok.close).toHaveBeenCalled();
    const failed = steps({
      askDirty: vi.fn(async () => true),
      promptSave: vi.fn(async () => 'save' as const),
      askSave: vi.fn(async () => false),
    });
    await runClose(failed);
    expect(failed.close).not.toHaveBeenCalled();
    expect(failed.removeBackup).not.toHaveBeenCalled();
  });

  it('a renderer that does not answer falls back to the last dirty flag it reported', async () => {
    const s = steps({
      askDirty: vi.fn(async () => null),
      lastKnownDirty: vi.fn(() => true),
      promptSave: vi.fn(async () => 'cancel' as const),
    });
    await runClose(s);
    expect(s.promptSave).toHaveBeenCalled();
  });

  it('a crashed renderer closes at once and keeps the backup for the next start', async () => {
    const s = steps({ rendererAlive: vi.fn(() => false) });
    await runClose(s);
    expect(s.askDirty).not.toHaveBeenCalled();
    expect(s.removeBackup).not.toHaveBeenCalled();
    expect(s.close).toHaveBeenCalled();
  });

  it('ignores repeated close clicks while the prompt is open', async () => {
    let choose: (c: 'cancel') => void = () => undefined;
    const s = steps({ askDirty: vi.fn(async () => true), promptSave: vi.fn(() => new Promise<'cancel'>((r) => (choose = r))) });
    const guard = createCloseGuard(s);
    guard.onClose({ preventDefault: vi.fn() });
    await vi.waitFor(() => expect(s.promptSave).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    guard.onClose(second);
    expect(second.preventDefault).toHaveBeenCalled();
    choose('cancel');
    await guard.pending;
    expect(s.askDirty).toHaveBeenCalledOnce();
    expect(guard.pending).toBeNull();
  });

  it('maps message box buttons, Escape is Cancel', () => {
    expect([0, 1, 2, -1].map(choiceFromButton)).toEqual(['save', 'discard', 'cancel', 'cancel']);
  });
});
