/**
 * Export cluster.yaml, when it cannot simply go ahead: the design has error-level findings (listed with
 * the rule id and the parts, as the CLI lists them; "Export anyway" is the app's --force), or it has
 * several clusters and the selection does not say which one (a radio list; the first is preselected).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterOption } from '../../shared/export/index.js';
import { joinList } from '../../shared/i18n/join-list.js';
import { renderDiagnostic } from '../../shared/rules/messages.js';
import type { Diagnostic } from '../../shared/rules/types.js';
import { currentLanguage } from '../i18n/index.js';
import { AlertDialog } from './AlertDialog.js';
import { ask } from './modal-queue.js';

export interface ExportQuestion {
  /** Error-level findings of the design; empty when only the cluster is in question. */
  errors: readonly Diagnostic[];
  /** Part names by id, for the findings' parts. */
  names: ReadonlyMap<string, string>;
  /** Clusters to choose from; empty when the cluster is already known. */
  clusters: readonly ClusterOption[];
}

/** The cluster to export (undefined when there was no choice to make), or null for Cancel. */
export type ExportAnswer = { clusterId: string | undefined } | null;

function ExportYamlDialog(props: ExportQuestion & { onAnswer: (answer: ExportAnswer) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { errors, names, clusters, onAnswer } = props;
  const [clusterId, setClusterId] = useState(clusters[0]?.id);
  const message =
    errors.length > 0
      ? t('work.exportYaml.hasErrors', { count: errors.length })
      : t('work.exportYaml.chooseCluster', { count: clusters.length });
  return (
    <AlertDialog
      testId="export-yaml"
      title={t('work.exportYaml.title')}
      message={message}
      onCancel={() => onAnswer(null)}
      actions={
        <>
          <button
            type="button"
            data-testid="export-yaml-cancel"
            data-autofocus={errors.length > 0 ? '' : undefined}
            onClick={() => onAnswer(null)}
          >
            {t('work.exportYaml.cancel')}
          </button>
          <button
            type="button"
            className={errors.length > 0 ? undefined : 'primary'}
            data-testid="export-yaml-confirm"
            onClick={() => onAnswer({ clusterId })}
          >
            {errors.length > 0 ? t('work.exportYaml.exportAnyway') : t('work.exportYaml.export')}
          </button>
        </>
      }
    >
      {clusters.length > 0 && (
        <fieldset className="export-clusters" data-testid="export-yaml-clusters">
          <legend>{t('work.exportYaml.clustersLabel')}</legend>
          {clusters.map((c, i) => (
            <label key={c.id}>
              <input
                type="radio"
                name="export-cluster"
                value={c.id}
                data-testid={`export-yaml-cluster-${c.id}`}
                data-autofocus={errors.length === 0 && i === 0 ? '' : undefined}
                checked={clusterId === c.id}
                onChange={() => setClusterId(c.id)}
              />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
      {errors.length > 0 && (
        <ul className="export-errors" aria-label={t('work.exportYaml.errorsLabel')} data-testid="export-yaml-errors">
          {errors.map((d, i) => (
            <li key={`${d.ruleId}-${i}`} data-rule-id={d.ruleId}>
              <span className="message">{renderDiagnostic(d, lang).message}</span>
              <code className="rule-id">{d.ruleId}</code>
              {d.partIds.length > 0 && (
                <span className="parts">
                  {t('work.exportYaml.parts', {
                    names: joinList(
                      d.partIds.map((id) => names.get(id) ?? id),
                      lang,
                    ),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </AlertDialog>
  );
}

export function askExport(question: ExportQuestion): Promise<ExportAnswer> {
  return ask<ExportAnswer>((answer) => <ExportYamlDialog {...question} onAnswer={answer} />);
}
