/** Ctrl/Cmd+K: find any command by name and run it. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMANDS, runCommand } from '../commands/registry.js';
import { ui, useUi } from '../store/ui-store.js';

const LIST_ID = 'command-palette-commands';
const optionId = (commandId: string) => `command-${commandId.replace('.', '-')}`;
/** Keeps the chosen command in view as the arrow keys move the choice. */
const scrollIntoView = (el: HTMLLIElement | null) => el?.scrollIntoView({ block: 'nearest' });

export function CommandPalette() {
  const { t } = useTranslation();
  const open = useUi((s) => s.commandPaletteOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return COMMANDS.filter((c) => c.id !== 'view.commandPalette' && c.enabled()).filter(
      (c) => !q || t(c.labelKey).toLowerCase().includes(q) || c.id.includes(q),
    );
  }, [query, t, open]);
  if (!open) return null;
  const close = () => {
    ui.set({ commandPaletteOpen: false });
    setQuery('');
    setActive(0);
  };
  const run = (i: number) => {
    const cmd = matches[i];
    close();
    if (cmd) runCommand(cmd.id);
  };
  return (
    <div className="overlay" onMouseDown={close}>
      <div
        className="command-palette"
        data-testid="command-palette"
        role="dialog"
        aria-modal="true"
        aria-label={t('cmd.view.commandPalette')}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          data-testid="command-palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={LIST_ID}
          aria-activedescendant={matches[active] ? optionId(matches[active].id) : undefined}
          aria-label={t('commandPalette.placeholder')}
          placeholder={t('commandPalette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') run(active);
          }}
        />
        {/* In the tab order so the list can be scrolled from the keyboard too (the arrows in the field move the choice). */}
        <ul id={LIST_ID} role="listbox" aria-label={t('cmd.view.commandPalette')} tabIndex={0}>
          {matches.length === 0 && (
            <li className="hint" role="option" aria-selected="false" aria-disabled="true">
              {t('commandPalette.empty')}
            </li>
          )}
          {matches.map((c, i) => (
            <li
              key={c.id}
              id={optionId(c.id)}
              role="option"
              aria-selected={i === active}
              ref={i === active ? scrollIntoView : undefined}
              className={i === active ? 'active' : ''}
              data-command-id={c.id}
              onMouseDown={() => run(i)}
            >
              <span>{t(c.labelKey)}</span>
              <kbd>{c.shortcut}</kbd>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
