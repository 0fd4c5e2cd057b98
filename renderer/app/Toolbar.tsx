/** The toolbar: the most used commands from the registry, plus the language switch. */
import { useTranslation } from 'react-i18next';
import { COMMANDS, runCommand } from '../commands/registry.js';
import type { CommandId } from '../commands/ids.js';
import { formatUsd } from '../panels/cost-format.js';
import { useAppState } from '../store/app-store.js';

const GROUPS: CommandId[][] = [
  ['file.home', 'file.new', 'file.open', 'file.save'],
  ['edit.undo', 'edit.redo', 'edit.duplicate', 'edit.delete'],
  ['view.fit', 'view.autoLayout'],
  ['file.exportYaml', 'file.exportPng', 'file.exportSvg'],
  ['view.commandPalette', 'view.language'],
];

export function Toolbar() {
  const { t } = useTranslation();
  // Re-render when undo/redo availability or the selection changes.
  useAppState((s) => `${s.canUndo}${s.canRedo}${s.selection.length}${s.screen}`);
  const title = useAppState((s) => s.file?.name ?? s.design.name);
  const dirty = useAppState((s) => s.dirty);
  const screen = useAppState((s) => s.screen);
  const cost = useAppState((s) => s.cost.estimate);
  return (
    <header className="toolbar" role="toolbar">
      <span className="app-name">EKS Sandbox</span>
      <span className="doc-title" data-testid="doc-title" data-dirty={dirty}>
        {title}
        {dirty ? ' •' : ''}
      </span>
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((id) => {
            const cmd = COMMANDS.find((c) => c.id === id)!;
            return (
              <button
                key={id}
                type="button"
                data-testid={`cmd-${id}`}
                disabled={!cmd.enabled()}
                title={cmd.shortcut ? `${t(cmd.labelKey)} (${cmd.shortcut})` : t(cmd.labelKey)}
                onClick={() => runCommand(id)}
              >
                {t(cmd.labelKey)}
              </button>
            );
          })}
        </div>
      ))}
      {screen === 'editor' && cost && (
        <button
          type="button"
          className="cost-total"
          data-testid="cost-total"
          data-value={cost.monthlyTotal}
          title={t('cost.totalTitle', { region: cost.region, date: cost.asOf })}
          onClick={() => runCommand('view.toggleCost')}
        >
          {formatUsd(cost.monthlyTotal)}
          {t('cost.perMonth')}
        </button>
      )}
    </header>
  );
}
