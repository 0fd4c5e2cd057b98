/**
 * A modal question that must be answered before the app goes on (save changes? export anyway?): a title,
 * a one-line message and the buttons, on the app's modal dialog (ModalDialog.tsx). Focus starts on the
 * element marked `data-autofocus`; Escape answers Cancel.
 */
import { useId, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog.js';
import '../styles/alert-dialog.css';

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
  const titleId = useId();
  const messageId = useId();
  return (
    <ModalDialog
      testId={props.testId}
      role="alertdialog"
      className="alert-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={props.onCancel}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={messageId}>{props.message}</p>
      {props.children}
      <div className="alert-dialog-actions">{props.actions}</div>
    </ModalDialog>
  );
}
