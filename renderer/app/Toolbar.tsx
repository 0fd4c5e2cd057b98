/**
 * The toolbar: the most used commands from the registry as buttons, as many as fit (toolbar-fit.ts); the
 * others in the "More" menu with the less used commands. The cost total and the language switch are always
 * shown.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMANDS, runCommand, type Command } from '../commands/registry.js';
import type { CommandId } from '../../shared/commands/ids.js';
import { formatUsd } from '../panels/cost-format.js';
import { useAppState } from '../store/app-store.js';
import { OverflowMenu, type MenuItem } from './OverflowMenu.js';
import { fitToolbar } from './toolbar-fit.js';
import { documentTitle } from './document-title.js';

const GROUPS: CommandId[][] = [
  ['file.home', 'file.new', 'file.open', 'file.save'],
  ['edit.undo', 'edit.redo', 'edit.duplicate', 'edit.delete'],
  ['view.fit', 'view.autoLayout'],
  ['file.exportYaml', 'file.exportPng', 'file.exportSvg'],
  ['view.commandPalette'],
];
/** Most used first: the last ones move to the More menu first when the window is narrow. */
const PRIORITY: CommandId[] = [
  'edit.undo',
  'edit.redo',
  'file.save',
  'edit.delete',
  'file.open',
  'file.new',
  'view.fit',
  'view.autoLayout',
  'edit.duplicate',
  'file.exportYaml',
  'file.home',
  'file.exportPng',
  'file.exportSvg',
  'view.commandPalette',
];
/** Commands that are only ever in the More menu (they are also in the command palette and the native menu). */
const MENU_ONLY: CommandId[] = [
  'file.saveAs',
  'file.compare',
  'file.exportBundle',
  'file.importYaml',
  'view.toggleProblems',
  'view.toggleYamlPreview',
  'view.toggleCost',
  'view.toggleMinimap',
  'view.toggleLearningMode',
  'help.rulesReference',
  'help.learn',
  'help.about',
];
const BUTTON_GAP = 3;
/** A group's left padding and border plus the toolbar's gap before it (see .toolbar-group in app.css). */
const GROUP_SPACE = 8 + 1 + 8;
/** Room the document title keeps before commands move to the More menu. */
const TITLE_MIN = 90;

const commandOf = (id: CommandId): Command => COMMANDS.find((c) => c.id === id)!;

function tooltip(cmd: Command, label: string): string {
  return cmd.shortcut ? `${label} (${cmd.shortcut})` : label;
}

/** The width the command buttons may take: the toolbar's less the parts that are always there. */
function availableWidth(bar: HTMLElement): number {
  const style = getComputedStyle(bar);
  let fixed = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + TITLE_MIN;
  const gap = parseFloat(style.columnGap) || 0;
  let count = 1; // the title
  for (const el of bar.querySelectorAll<HTMLElement>(':scope > [data-toolbar-fixed]')) {
    fixed += el.getBoundingClientRect().width;
    count++;
  }
  return bar.clientWidth - fixed - gap * count;
}

export function Toolbar() {
  const { t, i18n } = useTranslation();
  // Re-render when undo/redo availability or the selection changes.
  useAppState((s) => `${s.canUndo}${s.canRedo}${s.selection.length}${s.screen}`);
  const title = useAppState((s) => documentTitle(s.file, s.design.name));
  const dirty = useAppState((s) => s.dirty);
  const screen = useAppState((s) => s.screen);
  const cost = useAppState((s) => s.cost.estimate);
  const bar = useRef<HTMLElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [widths, setWidths] = useState<Record<CommandId, number> | null>(null);
  const [available, setAvailable] = useState(Number.POSITIVE_INFINITY);

  // Each button's natural width, measured on hidden copies (again when the language changes the labels).
  useLayoutEffect(() => {
    const out: Partial<Record<CommandId, number>> = {};
    for (const el of measure.current?.querySelectorAll<HTMLElement>('[data-measure-id]') ?? []) {
      out[el.dataset.measureId as CommandId] = el.getBoundingClientRect().width;
    }
    setWidths(out as Record<CommandId, number>);
  }, [i18n.language]);

  // The room there is, whenever the window, the cost total or the language switch changes size.
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const update = () => setAvailable(availableWidth(el));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const fixed of el.querySelectorAll(':scope > [data-toolbar-fixed]')) observer.observe(fixed);
    return () => observer.disconnect();
  }, [screen, cost !== null, i18n.language]);

  const shown = useMemo(
    () =>
      widths
        ? fitToolbar({ groups: GROUPS, priority: PRIORITY, widths, available, gap: BUTTON_GAP, groupSpace: GROUP_SPACE })
        : new Set(GROUPS.flat()),
    [widths, available],
  );
  const menuItems: MenuItem[] = [...GROUPS.flat().filter((id) => !shown.has(id)), ...MENU_ONLY].map((id, i, all) => {
    const cmd = commandOf(id);
    const label = t(cmd.labelKey);
    return {
      id,
      label,
      title: tooltip(cmd, label),
      disabled: !cmd.enabled(),
      separated: i > 0 && MENU_ONLY[0] === id && all.length > MENU_ONLY.length,
      run: () => runCommand(id),
    };
  });

  const button = (id: CommandId, extra?: { className?: string; fixed?: boolean }) => {
    const cmd = commandOf(id);
    const label = t(cmd.labelKey);
    return (
      <button
        key={id}
        type="button"
        className={extra?.className}
        data-testid={`cmd-${id}`}
        data-toolbar-fixed={extra?.fixed || undefined}
        // The language switch names the other language in that language ("English", 「日本語」).
        lang={id === 'view.language' ? (i18n.language === 'ja' ? 'en' : 'ja') : undefined}
        disabled={!cmd.enabled()}
        title={tooltip(cmd, label)}
        onClick={() => runCommand(id)}
      >
        {label}
      </button>
    );
  };

  return (
    <header className="toolbar" role="toolbar" ref={bar}>
      <span className="app-name" data-toolbar-fixed>
        EKS Sandbox
      </span>
      <span className="doc-title" data-testid="doc-title" data-dirty={dirty} title={title}>
        {title}
        {dirty ? ' •' : ''}
      </span>
      {GROUPS.map((group, i) => {
        const ids = group.filter((id) => shown.has(id));
        return (
          ids.length > 0 && (
            <div className="toolbar-group" key={i}>
              {ids.map((id) => button(id))}
            </div>
          )
        );
      })}
      <div className="toolbar-fixed" data-toolbar-fixed>
        <OverflowMenu label={t('connections.toolbar.more')} title={t('connections.toolbar.moreTitle')} items={menuItems} />
        {button('view.language', { className: 'language-switch' })}
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
      </div>
      {/* Hidden copies of every button, to know each one's width in the current language. */}
      <div className="toolbar-measure" ref={measure} aria-hidden="true">
        {GROUPS.flat().map((id) => (
          <button key={id} type="button" tabIndex={-1} data-measure-id={id}>
            {t(commandOf(id).labelKey)}
          </button>
        ))}
      </div>
    </header>
  );
}
