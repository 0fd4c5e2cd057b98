/**
 * A modal question that must be answered before the app goes on (save changes? export anyway?), on the
 * native <dialog> so the rest of the page is inert while it is open. Focus starts on the element marked
 * `data-autofocus`, Tab and Shift+Tab cycle inside the dialog, Escape answers Cancel. Keys pressed in
 * it never reach the editor's shortcuts.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import '../styles/alert-dialog.css';

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

export function AlertDialog(props: {
  testId: string;
  title: string;
  /** The one-line question or explanation under the title (read out with the title). */
  message: string;
  onCancel: () => void;
  /** Extra content between the message and the buttons. */
  children?: ReactNode;
  /** The buttons, in visual order. */
  actions: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();
  const { onCancel } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      // Gives the focus back to where it was before the question (the toolbar button, the canvas).
      if (dialog.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape: the browser would close the dialog itself; the question is answered Cancel instead.
    const onNativeCancel = (e: Event) => {
      e.preventDefault();
      onCancel();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => dialog.removeEventListener('cancel', onNativeCancel);
  }, [onCancel]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    // The editor's shortcuts listen on the window; none of them applies while the question is open.
    e.stopPropagation();
    if (e.key !== 'Tab') return;
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
  };

  return (
    <dialog
      ref={ref}
      className="alert-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      data-testid={props.testId}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={messageId}>{props.message}</p>
      {props.children}
      <div className="alert-dialog-actions">{props.actions}</div>
    </dialog>
  );
}
