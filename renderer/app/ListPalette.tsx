/**
 * A palette over the canvas: a search field above a list of matches. Typing filters, the arrow keys move
 * the choice, Enter or a click takes it, Escape or a click outside closes. The command palette and
 * "Add part…" are this with their own list; the palette is mounted while open, so each opening starts empty.
 */
import { useState, type ReactNode } from 'react';

/** Keeps the chosen item in view as the arrow keys move the choice. */
const scrollIntoView = (el: HTMLLIElement | null) => el?.scrollIntoView({ block: 'nearest' });

export interface ListPaletteProps<T> {
  /** data-testid of the palette and of its search field; element id of the list. */
  ids: { palette: string; input: string; list: string };
  /**
   * Accessible names of the palette and of its list, the field's placeholder (also its name), and what
   * the list shows when nothing matches (else it is just empty).
   */
  texts: { label: string; listLabel: string; placeholder: string; empty?: string };
  /** The items that match what is typed, in the order shown. */
  search: (query: string) => readonly T[];
  /** Tells the items apart; an option's element id (for aria-activedescendant) is the list's id and this. */
  keyOf: (item: T) => string;
  /** The option's data attribute, for tests and styles. */
  optionData: (item: T) => Record<`data-${string}`, string>;
  renderOption: (item: T) => ReactNode;
  /** The palette has closed itself before this is called. */
  onChoose: (item: T) => void;
  onClose: () => void;
}

export function ListPalette<T>(props: ListPaletteProps<T>) {
  const { onClose, ids, texts } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = props.search(query);
  const optionId = (item: T) => `${ids.list}-${props.keyOf(item).replace(/[^\w-]/g, '-')}`;
  const choose = (i: number) => {
    const item = matches[i];
    onClose();
    if (item !== undefined) props.onChoose(item);
  };
  return (
    <div className="overlay" onMouseDown={onClose}>
      <div
        className="command-palette"
        data-testid={ids.palette}
        role="dialog"
        aria-modal="true"
        aria-label={texts.label}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          data-testid={ids.input}
          role="combobox"
          aria-expanded="true"
          aria-controls={ids.list}
          aria-activedescendant={matches[active] !== undefined ? optionId(matches[active]) : undefined}
          aria-label={texts.placeholder}
          placeholder={texts.placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') choose(active);
          }}
        />
        {/* In the tab order so the list can be scrolled from the keyboard too (the arrows in the field move the choice). */}
        <ul id={ids.list} role="listbox" aria-label={texts.listLabel} tabIndex={0}>
          {matches.length === 0 && texts.empty !== undefined && (
            <li className="hint" role="option" aria-selected="false" aria-disabled="true">
              {texts.empty}
            </li>
          )}
          {matches.map((item, i) => (
            <li
              key={props.keyOf(item)}
              id={optionId(item)}
              role="option"
              aria-selected={i === active}
              ref={i === active ? scrollIntoView : undefined}
              className={i === active ? 'active' : ''}
              {...props.optionData(item)}
              onMouseDown={() => choose(i)}
            >
              {props.renderOption(item)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
