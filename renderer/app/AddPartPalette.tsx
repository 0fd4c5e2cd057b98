/**
 * "Add part…" from the command palette: type to filter the part kinds, Enter adds the highlighted one into
 * the selected container (renderer/flow/add-part.ts), and the keyboard focus moves to the new part.
 */
import { useTranslation } from 'react-i18next';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import { addPartFromKeyboard } from '../flow/add-part.js';
import { paletteKinds } from '../flow/palette-kinds.js';
import { PartIcon } from '../flow/icons.js';
import { store } from '../store/app-store.js';
import { ui, useUi } from '../store/ui-store.js';
import { ListPalette } from './ListPalette.js';

function add(kind: PartKind) {
  const id = addPartFromKeyboard(store, kind);
  // Once React Flow has drawn the new part, the keyboard continues from it.
  if (id !== undefined) {
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  }
}

export function AddPartPalette() {
  const { t } = useTranslation();
  const open = useUi((s) => s.addPartOpen);
  if (!open) return null;
  return (
    <ListPalette<PartKind>
      ids={{ palette: 'add-part-palette', input: 'add-part-input', list: 'add-part-kinds' }}
      texts={{
        label: t('problemsPanel.addPart'),
        listLabel: t('palette.title'),
        placeholder: t('problemsPanel.addPartPlaceholder'),
      }}
      search={(query) => paletteKinds(PART_KINDS, (k) => t(`kinds.${k}`), query)}
      keyOf={(kind) => kind}
      optionData={(kind) => ({ 'data-kind': kind })}
      renderOption={(kind) => (
        <>
          <PartIcon kind={kind} size={18} />
          <span>{t(`kinds.${kind}`)}</span>
        </>
      )}
      onChoose={add}
      onClose={() => ui.set({ addPartOpen: false })}
    />
  );
}
