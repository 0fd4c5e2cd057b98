/**
 * Closing a window without losing work (draw.io's and VS Code's pattern): the `close` event is held,
 * the renderer is asked whether the document has unsaved changes, and if so the user picks Save,
 * Don't Save or Cancel. Save asks the renderer to run its normal save (which may show a dialog) and
 * closes only when that succeeded. The decision logic is plain code over injected steps, so tests
 * drive it without Electron.
 */
import type { UiLanguage } from '../shared/commands/labels.js';

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseSteps {
  /** Ask the renderer; null when it did not answer in time (hung) — then `lastKnownDirty` decides. */
  askDirty(): Promise<boolean | null>;
  lastKnownDirty(): boolean;
  /** Whether the renderer process is still alive; a crashed one cannot answer or save. */
  rendererAlive(): boolean;
  promptSave(): Promise<CloseChoice>;
  /** Ask the renderer to save; resolves true only when the file was written. */
  askSave(): Promise<boolean | null>;
  /** The user will not need the backup any more (saved, discarded or nothing unsaved). */
  removeBackup(): Promise<void>;
  /** Really close the window (the guard lets the next `close` event through). */
  close(): void;
  /** The window stays open (Cancel, or the save did not happen); a pending app quit is called off. */
  kept?(): void;
}

export interface CloseGuard {
  /** Handler for the window's `close` event. */
  onClose(event: { preventDefault(): void }): void;
  /** The flow in progress, if any (tests await it). */
  readonly pending: Promise<void> | null;
}

export function createCloseGuard(steps: CloseSteps): CloseGuard {
  let allowed = false;
  let pending: Promise<void> | null = null;

  const finish = async (removeBackup: boolean) => {
    if (removeBackup) await steps.removeBackup().catch((err: unknown) => console.warn('[backup] cannot remove:', err));
    allowed = true;
    steps.close();
  };

  async function decide(): Promise<void> {
    // A crashed renderer keeps its backup: it is offered again on the next start.
    if (!steps.rendererAlive()) return finish(false);
    const answer = await steps.askDirty();
    const dirty = answer ?? steps.lastKnownDirty();
    if (!dirty) return finish(true);
    const choice = await steps.promptSave();
    if (choice === 'discard') return finish(true);
    if (choice === 'save' && (await steps.askSave()) === true) return finish(true);
    // Cancelled, or the save was cancelled or failed: keep the window (and the backup).
    steps.kept?.();
  }

  return {
    onClose(event) {
      if (allowed) return;
      event.preventDefault();
      // A second click on the close button while asking changes nothing.
      if (pending) return;
      pending = decide()
        .catch((err: unknown) => console.error('[close] failed:', err))
        .finally(() => {
          pending = null;
        });
    },
    get pending() {
      return pending;
    },
  };
}

/** Buttons of the Save / Don't Save / Cancel prompt, in the order `choiceFromButton` maps them. */
export const CLOSE_PROMPT_BUTTONS: Record<UiLanguage, readonly [string, string, string]> = {
  en: ['Save', "Don't Save", 'Cancel'],
  ja: ['保存', '保存しない', 'キャンセル'],
};

/** The texts of the close prompt in the app's language. */
export function closePromptTexts(language: UiLanguage, title: string): { buttons: string[]; message: string; detail: string } {
  if (language === 'ja') {
    return {
      buttons: [...CLOSE_PROMPT_BUTTONS.ja],
      message: `「${title || '無題'}」の変更を保存してから閉じますか？`,
      detail: '保存しないと、変更は失われます。',
    };
  }
  return {
    buttons: [...CLOSE_PROMPT_BUTTONS.en],
    message: `Save changes to "${title || 'Untitled'}" before closing?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}

/** Maps the message box's button index to a choice; anything unexpected (Escape) is Cancel. */
export function choiceFromButton(index: number): CloseChoice {
  return index === 0 ? 'save' : index === 1 ? 'discard' : 'cancel';
}
