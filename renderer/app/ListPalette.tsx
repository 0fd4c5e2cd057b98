/**
 * A palette over the canvas: a search field above a list of matches. Typing filters, the arrow keys move
 * the choice, Enter or a click takes it, Escape or a click outside closes. The command palette and
 * "Add part…" are this with their own list; the palette is mounted while open, so each opening starts empty.
 */
import { useState, type ReactNode } from 'react';

/** Keeps the chosen item in view as the arrow keys move the choice. */
const scrollIntoView = (el: HTMLLIElement | null) => el?.scrollIntoView({ block: 'nearest' });

export interface ListPaletteProps<T> {
  /** data-testid of the palette and of its search field. */
  testId: string;
  inputTestId: string;
  listId: string;
  /** Accessible names of the palette and of its list. */
  label: string;
  listLabel: string;
  placeholder: string;
  /** Shown as the list when nothing matches (else the list is just empty). */
  emptyText?: string;
  /** The items that match what is typed, in the order shown. */
  search: (query: string) => readonly T[];
  keyOf: (item: T) => string;
  /** The option's element id (for aria-activedescendant) and data attribute. */
  optionId: (item: T) => string;
  optionData: (item: T) => Record<`data-${string}`, string>;
  renderOption: (item: T) => ReactNode;
  /** The palette has closed itself before this is called. */
  onChoose: (item: T) => void;
  onClose: () => void;
}

export function ListPalette<T>(props: ListPaletteProps<T>) {
  const { onClose } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = props.search(query);
  const choose = (i: number) => {
    const item = matches[i];
    onClose();
    if (item !== undefined) props.onChoose(item);
  };
  return (
    <div className="overlay" onMouseDown={onClose}>
      <div
        className="command-palette"
        data-testid={props.testId}
        role="dialog"
        aria-modal="true"
        aria-label={props.label}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          data-testid={props.inputTestId}
          role="combobox"
          aria-expanded="true"
          aria-controls={props.listId}
          aria-activedescendant={matches[active] !== undefined ? props.optionId(matches[active]) : undefined}
          aria-label={props.placeholder}
          placeholder={props.placeholder}
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
        <ul id={props.listId} role="listbox" aria-label={props.listLabel} tabIndex={0}>
          {matches.length === 0 && props.emptyText !== undefined && (
            <li className="hint" role="option" aria-selected="false" aria-disabled="true">
              {props.emptyText}
            </li>
          )}
          {matches.map((item, i) => (
            <li
              key={props.keyOf(item)}
              id={props.optionId(item)}
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
