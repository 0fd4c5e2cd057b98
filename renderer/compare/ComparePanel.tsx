/**
 * The compare panel, at the top of the side panels while compare mode is on: the changed parts (a click selects
 * and centres one; a removed part centres its ghost), the fields of the selected changed part (old -> new), the
 * connections, the monthly cost of both sides with the change per line, and the findings that appeared or went.
 * Escape or Close leaves compare mode.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { costChangeItem } from '../../shared/cost/index.js';
import type { PartRef, PropertyChange } from '../../shared/diff/index.js';
import { joinList } from '../../shared/i18n/join-list.js';
import { renderDiagnostic } from '../../shared/rules/messages.js';
import type { Diagnostic } from '../../shared/rules/types.js';
import { flow } from '../flow/view-bridge.js';
import { formatChange, formatUsd } from '../panels/cost-format.js';
import { imageExportDialog } from '../export/image-export-dialog-state.js';
import { store, useAppState } from '../store/app-store.js';
import { closeCompare, type CompareMode } from './compare-state.js';
import { costNotes } from './cost-notes.js';
import { changeOf, GHOST_PREFIX, showValue } from './compare-view.js';
import './compare.css';

function FieldChanges(props: { changes: readonly PropertyChange[] }) {
  const { t } = useTranslation();
  return (
    <ul className="compare-fields" data-testid="compare-fields">
      {props.changes.map((c) => (
        <li key={c.path} data-path={c.path}>
          <code>{c.path}</code> <span className="compare-old">{showValue(c.before) ?? t('compare.none')}</span>
          {' → '}
          <span className="compare-new">{showValue(c.after) ?? t('compare.none')}</span>
        </li>
      ))}
    </ul>
  );
}

function Finding(props: { d: Diagnostic; lang: 'en' | 'ja' }) {
  return (
    <li className={`compare-finding ${props.d.severity}`}>
      <code>{props.d.ruleId}</code> {renderDiagnostic(props.d, props.lang).message}
    </li>
  );
}

export function ComparePanel(props: { mode: CompareMode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const { comparison: c, source, before, after } = props.mode;
  const selection = useAppState((s) => s.selection);
  const selected = selection.length === 1 ? changeOf(c, selection[0]!) : undefined;

  // Escape leaves compare mode, unless it is meant for a dialog, a menu or a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"], [role="menu"], input, textarea, select'))
        return;
      closeCompare();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const kind = (p: PartRef) => t(`kinds.${p.kind}`);
  const nameOf = (id: string) => after.parts.find((p) => p.id === id)?.name ?? before.parts.find((p) => p.id === id)?.name ?? id;
  const show = (id: string) => store.focusFinding([id]);
  const showGhost = (id: string) =>
    void flow()?.fitView({ nodes: [{ id: `${GHOST_PREFIX}${id}` }], duration: 300, maxZoom: 1.2, padding: 0.4 });
  const rows = [
    ...c.parts.added.map((p) => ({ status: 'added' as const, ref: p, text: t('compare.added'), onClick: () => show(p.id) })),
    ...c.parts.changed.map((p) => ({
      status: 'changed' as const,
      ref: p.after,
      text: t('compare.changed', { count: p.changes.length }),
      onClick: () => show(p.after.id),
    })),
    ...c.parts.removed.map((p) => ({
      status: 'removed' as const,
      ref: p,
      text: t('compare.removed'),
      onClick: () => showGhost(p.id),
    })),
  ];
  const costDiff = c.cost.diff;
  const title = source.kind === 'lastSave' ? t('compare.titleLastSave') : t('compare.titleFile', { name: source.name });

  return (
    <section className="compare-panel" data-testid="compare-panel" aria-label={title}>
      <header className="compare-head">
        <h2 data-testid="compare-title">{title}</h2>
        <button type="button" data-testid="compare-close" onClick={closeCompare}>
          {t('compare.close')}
        </button>
      </header>
      <p className="hint">{t('compare.closeHint')}</p>
      <p className="compare-export">
        <button type="button" data-testid="compare-export-png" onClick={() => imageExportDialog.open('png')}>
          {t('compare.exportPng')}
        </button>{' '}
        <button type="button" data-testid="compare-export-svg" onClick={() => imageExportDialog.open('svg')}>
          {t('compare.exportSvg')}
        </button>
      </p>
      <p className="compare-legend">
        <span className="swatch added" /> {t('compare.legendAdded')} <span className="swatch changed" />{' '}
        {t('compare.legendChanged')} <span className="swatch removed" /> {t('compare.legendRemoved')}
      </p>
      {c.equal && <p data-testid="compare-equal">{t('compare.noChanges')}</p>}

      {c.design.length > 0 && (
        <>
          <h3>{t('compare.designFields')}</h3>
          <FieldChanges changes={c.design} />
        </>
      )}

      {rows.length > 0 && (
        <>
          <h3>{t('compare.partsTitle')}</h3>
          <ul className="compare-parts" data-testid="compare-parts">
            {rows.map((r) => (
              <li key={`${r.status}:${r.ref.id}`}>
                <button
                  type="button"
                  className={`compare-row ${r.status}`}
                  data-testid="compare-part"
                  data-status={r.status}
                  data-part={r.ref.id}
                  aria-current={selection.includes(r.ref.id) ? 'true' : undefined}
                  onClick={r.onClick}
                >
                  <span className={`swatch ${r.status}`} /> {kind(r.ref)} <strong>{r.ref.name}</strong> <small>{r.text}</small>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {selected ? (
        <div data-testid="compare-selected">
          <h3>{t('compare.selectedTitle', { name: selected.after.name })}</h3>
          <FieldChanges changes={selected.changes} />
        </div>
      ) : (
        c.parts.changed.length > 0 && <p className="hint">{t('compare.selectHint')}</p>
      )}

      {c.connections.added.length + c.connections.removed.length > 0 && (
        <>
          <h3>{t('compare.connectionsTitle')}</h3>
          <ul data-testid="compare-connections">
            {c.connections.added.map((x) => (
              <li key={`a:${x.id}`} className="added" data-status="added" data-connection={x.id}>
                <span className="swatch-line added" /> {t('compare.connectionAdded', { from: x.from.name, to: x.to.name })}
              </li>
            ))}
            {c.connections.removed.map((x) => (
              <li key={`r:${x.id}`} className="removed" data-status="removed" data-connection={x.id}>
                <span className="swatch-line removed" /> {t('compare.connectionRemoved', { from: x.from.name, to: x.to.name })}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('compare.costTitle')}</h3>
      {costDiff ? (
        <table className="compare-cost" data-testid="compare-cost">
          <thead>
            <tr>
              <th>{t('compare.costLine')}</th>
              <th>{t('compare.costBefore')}</th>
              <th>{t('compare.costAfter')}</th>
              <th>{t('compare.costChange')}</th>
            </tr>
          </thead>
          <tbody>
            {costDiff.lines.map((l, i) => (
              <tr key={`${l.partId}:${l.item}:${i}`} data-testid="compare-cost-line" className={l.status}>
                <td>
                  {nameOf(l.partId)} <small>{costChangeItem(l, lang)}</small>
                </td>
                <td>{formatUsd(l.before)}</td>
                <td>{formatUsd(l.after)}</td>
                <td>{formatChange(l.change)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="compare-cost-total">
              <th>{t('compare.costTotal')}</th>
              <td>{formatUsd(costDiff.before)}</td>
              <td>{formatUsd(costDiff.after)}</td>
              <td data-testid="compare-cost-change">{formatChange(costDiff.totalChange)}</td>
            </tr>
          </tfoot>
        </table>
      ) : (
        <p data-testid="compare-cost-unavailable">
          {t('compare.costUnavailable', { why: joinList(costNotes(c, t, lang), lang) })}
        </p>
      )}
      {costDiff && costDiff.lines.length === 0 && <p>{t('compare.costSame')}</p>}

      <h3>{t('compare.findingsTitle')}</h3>
      {c.findings.appeared.length + c.findings.disappeared.length === 0 ? (
        <p>{t('compare.findingsSame')}</p>
      ) : (
        <>
          {c.findings.appeared.length > 0 && (
            <>
              <h4>{t('compare.appeared', { count: c.findings.appeared.length })}</h4>
              <ul data-testid="compare-findings-appeared">
                {c.findings.appeared.map((d, i) => (
                  <Finding key={i} d={d} lang={lang} />
                ))}
              </ul>
            </>
          )}
          {c.findings.disappeared.length > 0 && (
            <>
              <h4>{t('compare.disappeared', { count: c.findings.disappeared.length })}</h4>
              <ul data-testid="compare-findings-disappeared">
                {c.findings.disappeared.map((d, i) => (
                  <Finding key={i} d={d} lang={lang} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
