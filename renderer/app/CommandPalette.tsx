/** Ctrl/Cmd+K: find any command by name and run it. */
import { useTranslation } from 'react-i18next';
import { COMMANDS, runCommand, type Command } from '../commands/registry.js';
import { ui, useUi } from '../store/ui-store.js';
import { ListPalette } from './ListPalette.js';

export function CommandPalette() {
  const { t } = useTranslation();
  const open = useUi((s) => s.commandPaletteOpen);
  if (!open) return null;
  const search = (query: string) => {
    const q = query.trim().toLowerCase();
    return COMMANDS.filter((c) => c.id !== 'view.commandPalette' && c.enabled()).filter(
      (c) => !q || t(c.labelKey).toLowerCase().includes(q) || c.id.includes(q),
    );
  };
  return (
    <ListPalette<Command>
      ids={{ palette: 'command-palette', input: 'command-palette-input', list: 'command-palette-commands' }}
      texts={{
        label: t('cmd.view.commandPalette'),
        listLabel: t('cmd.view.commandPalette'),
        placeholder: t('commandPalette.placeholder'),
        empty: t('commandPalette.empty'),
      }}
      search={search}
      keyOf={(c) => c.id}
      optionData={(c) => ({ 'data-command-id': c.id })}
      renderOption={(c) => (
        <>
          <span>{t(c.labelKey)}</span>
          <kbd>{c.shortcut}</kbd>
        </>
      )}
      onChoose={(c) => runCommand(c.id)}
      onClose={() => ui.set({ commandPaletteOpen: false })}
    />
  );
}
