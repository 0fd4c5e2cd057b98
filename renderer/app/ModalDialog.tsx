/**
 * The native modal <dialog> that every dialog of the app is: the rest of the page is inert while it is
 * open, focus starts on the element marked `data-autofocus` (else the browser's first focusable one),
 * Tab and Shift+Tab cycle inside it, Escape calls `onCancel`, and keys pressed in it never reach the
 * editor's shortcuts. On closing, the focus goes back to where it was. AlertDialog (a question with
 * buttons) and Dialog (a panel with a Close button) are this with their own content.
 */
import { useEffect, useRef, type AriaAttributes, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** What Tab visits in `root`: of a radio group only its checked button, as the browser does. */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) ||
      !root.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`),
  );
}

/** Keeps Tab and Shift+Tab inside the dialog, wrapping at either end. */
function cycleTab(e: KeyboardEvent<HTMLDialogElement>): void {
  const focusable = tabStops(e.currentTarget);
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !e.currentTarget.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !e.currentTarget.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

/** Whether a mouse press on the dialog element itself fell outside its box: on the backdrop. */
function onBackdrop(e: MouseEvent<HTMLDialogElement>): boolean {
  if (e.target !== e.currentTarget) return false;
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
}

export function ModalDialog(
  props: {
    testId: string;
    role: 'dialog' | 'alertdialog';
    className: string;
    /** Escape, and the browser closing the dialog by itself. */
    onCancel: () => void;
    /** A press on the backdrop (outside the dialog's box); by default it does nothing. */
    onBackdropPress?: () => void;
    children: ReactNode;
  } & Pick<AriaAttributes, 'aria-label' | 'aria-labelledby' | 'aria-describedby'>,
) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onCancel } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      // Gives the focus back to where it was before the dialog (the toolbar button, the canvas).
      if (dialog.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape: the browser would close the dialog itself; the owner decides instead.
    const onNativeCancel = (e: Event) => {
      e.preventDefault();
      onCancel();
    };
    // The browser may still close it (a second Escape without a click in between): the owner hears of it.
    const onNativeClose = () => onCancel();
    dialog.addEventListener('cancel', onNativeCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      dialog.removeEventListener('close', onNativeClose);
    };
  }, [onCancel]);

  return (
    <dialog
      ref={ref}
      className={props.className}
      role={props.role}
      aria-modal="true"
      aria-label={props['aria-label']}
      aria-labelledby={props['aria-labelledby']}
      aria-describedby={props['aria-describedby']}
      data-testid={props.testId}
      onMouseDown={(e) => {
        if (props.onBackdropPress && onBackdrop(e)) props.onBackdropPress();
      }}
      onKeyDown={(e) => {
        // The editor's shortcuts listen on the window; none of them applies while a dialog is open.
        e.stopPropagation();
        if (e.key === 'Tab') cycleTab(e);
      }}
    >
      {props.children}
    </dialog>
  );
}
