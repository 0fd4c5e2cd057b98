/** Asked before a deployment bundle is written into a folder that already holds files. */
import { useTranslation } from 'react-i18next';
import { AlertDialog } from './AlertDialog.js';
import { ask } from './modal-queue.js';

function ReplaceBundleDialog(props: { folder: string; onAnswer: (replace: boolean) => void }) {
  const { t } = useTranslation();
  const { folder, onAnswer } = props;
  return (
    <AlertDialog
      testId="replace-bundle"
      title={t('deploy.replaceTitle')}
      message={t('deploy.replaceMessage', { folder })}
      onCancel={() => onAnswer(false)}
      actions={
        <>
          <button type="button" data-testid="replace-bundle-cancel" data-autofocus="" onClick={() => onAnswer(false)}>
            {t('deploy.cancel')}
          </button>
          <button type="button" data-testid="replace-bundle-confirm" onClick={() => onAnswer(true)}>
            {t('deploy.replace')}
          </button>
        </>
      }
    />
  );
}

/** Whether to write the bundle into `folder`, which is not empty. */
export function askReplaceBundle(folder: string): Promise<boolean> {
  return ask<boolean>((answer) => <ReplaceBundleDialog folder={folder} onAnswer={answer} />);
}
