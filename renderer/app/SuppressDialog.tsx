/**
 * "Suppress this rule…": asks why (required) and, optionally, until when. The answer is the suppression's
 * reason and expiry, or null for Cancel; the caller applies it as one undoable edit.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertDialog } from './AlertDialog.js';
import { ask } from './modal-queue.js';

export interface SuppressQuestion {
  ruleId: string;
  /** The part's name, or undefined for a suppression on the whole design. */
  partName: string | undefined;
  /** Today, YYYY-MM-DD: an expiry must come after it. */
  today: string;
}

export type SuppressAnswer = { reason: string; expires?: string } | null;

function SuppressDialog(props: SuppressQuestion & { onAnswer: (answer: SuppressAnswer) => void }) {
  const { t } = useTranslation();
  const { ruleId, partName, today, onAnswer } = props;
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const [tried, setTried] = useState(false);
  const reasonId = useId();
  const expiresId = useId();
  const reasonMissing = reason.trim() === '';
  const expiresPast = expires !== '' && expires <= today;
  const submit = () => {
    setTried(true);
    if (reasonMissing || expiresPast) return;
    onAnswer({ reason: reason.trim(), ...(expires !== '' ? { expires } : {}) });
  };
  const message =
    partName === undefined
      ? t('suppressions.dialogMessageDesign', { id: ruleId })
      : t('suppressions.dialogMessagePart', { id: ruleId, name: partName });
  return (
    <AlertDialog
      testId="suppress-dialog"
      title={t('suppressions.dialogTitle', { id: ruleId })}
      message={message}
      onCancel={() => onAnswer(null)}
      actions={
        <>
          <button type="button" data-testid="suppress-cancel" onClick={() => onAnswer(null)}>
            {t('suppressions.cancel')}
          </button>
          <button type="button" className="primary" data-testid="suppress-confirm" onClick={submit}>
            {t('suppressions.confirm')}
          </button>
        </>
      }
    >
      <div className="suppress-fields">
        <label htmlFor={reasonId}>{t('suppressions.reason')}</label>
        <textarea
          id={reasonId}
          data-testid="suppress-reason"
          data-autofocus=""
          rows={3}
          maxLength={2000}
          placeholder={t('suppressions.reasonPlaceholder')}
          aria-invalid={tried && reasonMissing}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {tried && reasonMissing && (
          <p className="field-error" role="alert" data-testid="suppress-reason-error">
            {t('suppressions.reasonRequired')}
          </p>
        )}
        <label htmlFor={expiresId}>{t('suppressions.expires')}</label>
        <input
          id={expiresId}
          type="date"
          data-testid="suppress-expires"
          min={today}
          aria-invalid={tried && expiresPast}
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
        />
        <p className="hint">{tried && expiresPast ? t('suppressions.expiresPast') : t('suppressions.expiresHint')}</p>
      </div>
    </AlertDialog>
  );
}

export function askSuppression(question: SuppressQuestion): Promise<SuppressAnswer> {
  return ask<SuppressAnswer>((answer) => <SuppressDialog {...question} onAnswer={answer} />);
}
