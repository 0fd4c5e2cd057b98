/** "Save changes to …?" before the open design is replaced: Save, Don't Save or Cancel (Escape). */
import { useTranslation } from 'react-i18next';
import { AlertDialog } from './AlertDialog.js';
import { ask } from './modal-queue.js';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

function UnsavedChangesDialog(props: { name: string; onAnswer: (choice: UnsavedChoice) => void }) {
  const { t } = useTranslation();
  const { onAnswer } = props;
  return (
    <AlertDialog
      testId="unsaved-changes"
      title={t('work.unsaved.title', { name: props.name })}
      message={t('work.unsaved.message')}
      onCancel={() => onAnswer('cancel')}
      actions={
        <>
          <button type="button" data-testid="unsaved-discard" onClick={() => onAnswer('discard')}>
            {t('work.unsaved.dontSave')}
          </button>
          <span className="spacer" />
          <button type="button" data-testid="unsaved-cancel" onClick={() => onAnswer('cancel')}>
            {t('work.unsaved.cancel')}
          </button>
          <button type="button" className="primary" data-testid="unsaved-save" data-autofocus onClick={() => onAnswer('save')}>
            {t('work.unsaved.save')}
          </button>
        </>
      }
    />
  );
}

/** Asks what to do with the unsaved changes of the design called `name`. */
export function askUnsavedChanges(name: string): Promise<UnsavedChoice> {
  return ask<UnsavedChoice>((answer) => <UnsavedChangesDialog name={name} onAnswer={answer} />);
}
