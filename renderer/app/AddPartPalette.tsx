/**
 * "Add part…" from the command palette: type to filter the part kinds, Enter adds the highlighted one into
 * the selected container (renderer/flow/add-part.ts), and the keyboard focus moves to the new part.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PART_KINDS } from '../../shared/model/parts.js';
import { addPartFromKeyboard } from '../flow/add-part.js';
import { paletteKinds } from '../flow/palette-kinds.js';
import { PartIcon } from '../flow/icons.js';
import { store } from '../store/app-store.js';
import { ui, useUi } from '../store/ui-store.js';

const LIST_ID = 'add-part-kinds';
/** Keeps the chosen kind in view as the arrow keys move the choice. */
const scrollIntoView = (el: HTMLLIElement | null) => el?.scrollIntoView({ block: 'nearest' });

export function AddPartPalette() {
  const { t } = useTranslation();
  const open = useUi((s) => s.addPartOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    return paletteKinds(PART_KINDS, (k) => t(`kinds.${k}`), query);
  }, [query, t]);
  if (!open) return null;
  const close = () => {
    ui.set({ addPartOpen: false });
    setQuery('');
    setActive(0);
  };
  const add = (i: number) => {
    const kind = matches[i];
    close();
    if (!kind) return;
    const id = addPartFromKeyboard(store, kind);
    // Once React Flow has drawn the new part, the keyboard continues from it.
    if (id !== undefined) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
    }
  };
  return (
    <div className="overlay" onMouseDown={close}>
      <div
        className="command-palette"
        data-testid="add-part-palette"
        role="dialog"
        aria-modal="true"
        aria-label={t('problemsPanel.addPart')}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          data-testid="add-part-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={LIST_ID}
          aria-activedescendant={matches[active] ? `add-part-${matches[active]}` : undefined}
          aria-label={t('problemsPanel.addPartPlaceholder')}
          placeholder={t('problemsPanel.addPartPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') add(active);
          }}
        />
        {/* In the tab order so the list can be scrolled from the keyboard too (the arrows in the field move the choice). */}
        <ul id={LIST_ID} role="listbox" aria-label={t('palette.title')} tabIndex={0}>
          {matches.map((kind, i) => (
            <li
              key={kind}
              id={`add-part-${kind}`}
              role="option"
              aria-selected={i === active}
              ref={i === active ? scrollIntoView : undefined}
              className={i === active ? 'active' : ''}
              data-kind={kind}
              onMouseDown={() => add(i)}
            >
              <PartIcon kind={kind} size={18} />
              <span>{t(`kinds.${kind}`)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
