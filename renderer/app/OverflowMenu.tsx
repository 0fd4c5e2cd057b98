/**
 * The toolbar's "More" menu button (WAI-ARIA menu button): Enter, Space or ArrowDown opens it on the first
 * item, ArrowUp on the last; arrows, Home and End move between items; Escape closes it and gives the focus
 * back to the button; a click outside closes it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  title: string;
  disabled: boolean;
  /** Starts a new section (drawn with a line above it). */
  separated?: boolean;
  run: () => void;
}

export function OverflowMenu({ label, title, items }: { label: string; title: string; items: readonly MenuItem[] }) {
  const [open, setOpen] = useState(false);
  /** Which item to focus when the menu has opened: the first or the last. */
  const [focusAt, setFocusAt] = useState<'first' | 'last'>('first');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const itemElements = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const els = itemElements();
    (focusAt === 'first' ? els[0] : els[els.length - 1])?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, focusAt]);

  const openAt = (at: 'first' | 'last') => {
    setFocusAt(at);
    setOpen(true);
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const els = itemElements();
    const i = els.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      els[(to + els.length) % els.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(els.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div className="overflow-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="overflow-menu-button"
        data-testid="toolbar-more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={title}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        {label} ▾
      </button>
      {open && (
        <div className="overflow-menu-list" role="menu" id={menuId} aria-label={title} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={item.separated ? 'separated' : undefined}
              data-testid={`cmd-${item.id}`}
              // Focusable while disabled, so the arrow keys still pass over it and a screen reader reads it.
              aria-disabled={item.disabled}
              title={item.title}
              onClick={() => {
                if (item.disabled) return;
                close(true);
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
