/** A modal dialog: closes on Escape, on the close button and on a click outside; keys inside stay inside. */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Dialog(props: { testId: string; title: string; onClose: () => void; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const { onClose } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay" onMouseDown={onClose}>
      <div
        className={`dialog${props.wide ? ' wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
        onMouseDown={(e) => e.stopPropagation()}
        // Keys pressed inside the dialog are the dialog's: Delete or Ctrl+Z on its buttons must not edit the
        // design behind it (the editor's shortcuts listen on the window).
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
        }}
      >
        <header className="dialog-header">
          <h2>{props.title}</h2>
          <button type="button" data-testid={`${props.testId}-close`} onClick={onClose}>
            {t('dialog.close')}
          </button>
        </header>
        <div className="dialog-body">{props.children}</div>
      </div>
    </div>
  );
}
