/**
 * File > Compare with…: asks what to compare the open design with (its last saved version, a design file chosen
 * with the same dialog as Open, or an eksctl cluster.yaml imported as Import does), then starts compare mode
 * (compare-state.ts). A file that does not load says why in the banner and leaves everything as it was.
 */
import { useTranslation } from 'react-i18next';
import { parseDesignText } from '../../shared/model/document.js';
import { importEksctlYaml } from '../../shared/round-trip/index.js';
import { isYamlName } from '../app/import-yaml.js';
import { AlertDialog } from '../app/AlertDialog.js';
import { ask } from '../app/modal-queue.js';
import { reportError } from '../app/report-error.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { startCompare } from './compare-state.js';

type CompareChoice = 'lastSave' | 'file' | 'yaml' | 'cancel';

function CompareWithDialog(props: { onAnswer: (choice: CompareChoice) => void }) {
  const { t } = useTranslation();
  const { onAnswer } = props;
  return (
    <AlertDialog
      testId="compare-with"
      title={t('compare.dialogTitle')}
      message={t('compare.dialogMessage')}
      onCancel={() => onAnswer('cancel')}
      actions={
        <>
          <button type="button" data-testid="compare-with-cancel" onClick={() => onAnswer('cancel')}>
            {t('compare.cancel')}
          </button>
          <span className="spacer" />
          <button type="button" data-testid="compare-with-yaml" onClick={() => onAnswer('yaml')}>
            {t('compare.withYaml')}
          </button>
          <button type="button" data-testid="compare-with-file" onClick={() => onAnswer('file')}>
            {t('compare.withFile')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="compare-with-last-save"
            data-autofocus
            onClick={() => onAnswer('lastSave')}
          >
            {t('compare.withLastSave')}
          </button>
        </>
      }
    />
  );
}

export async function compareWith(): Promise<void> {
  const choice = await ask<CompareChoice>((answer) => <CompareWithDialog onAnswer={answer} />);
  if (choice === 'lastSave') return startCompare(store.lastSaved(), { kind: 'lastSave' });
  if (choice === 'cancel') return;
  const file = choice === 'yaml' ? await platform.openYaml() : await platform.openDesign();
  if (!file) return;
  const yaml = choice === 'yaml' || isYamlName(file.name);
  try {
    const other = yaml ? importEksctlYaml(file.text).document.design : parseDesignText(file.text).design;
    startCompare(other, { kind: 'file', name: file.name });
  } catch (err) {
    reportError(err, { action: yaml ? 'import' : 'open', name: file.name });
  }
}
