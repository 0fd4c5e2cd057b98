/**
 * A modal panel with a title and a Close button (About, Rules reference, Export image, Learn EKS), on the
 * app's modal dialog (ModalDialog.tsx): closes on Escape, on the Close button and on a click outside.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.js';

export function Dialog(props: { testId: string; title: string; onClose: () => void; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      testId={props.testId}
      role="dialog"
      className={`dialog${props.wide ? ' wide' : ''}`}
      aria-label={props.title}
      onCancel={props.onClose}
      onBackdropPress={props.onClose}
    >
      <header className="dialog-header">
        <h2>{props.title}</h2>
        <button type="button" data-testid={`${props.testId}-close`} onClick={props.onClose}>
          {t('dialog.close')}
        </button>
      </header>
      <div className="dialog-body">{props.children}</div>
    </ModalDialog>
  );
}
