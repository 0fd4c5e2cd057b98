/**
 * The side column: the inspector on top, the other panels below, and a handle between them that a
 * pointer drags or the keyboard moves (arrow keys, Home, End). The split is remembered in localStorage.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readShare, shareAfterKey, shareAtPointer, SPLIT_STORAGE_KEY } from './side-split.js';
import './side-split.css';

/**
 * `compactTop`: the top panel has little to show (the inspector with nothing selected), so it takes only
 * its own height and the panels below get the rest of the column (e.g. the cost panel at 1280x720).
 */
export function SideSplit({ top, compactTop = false, children }: { top: ReactNode; compactTop?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const column = useRef<HTMLDivElement>(null);
  const [share, setShareState] = useState(() => readShare(globalThis.localStorage));
  const dragging = useRef(false);
  const setShare = (next: number) => {
    setShareState(next);
    globalThis.localStorage?.setItem(SPLIT_STORAGE_KEY, String(Math.round(next * 1000) / 1000));
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!dragging.current || !column.current) return;
    const box = column.current.getBoundingClientRect();
    setShare(shareAtPointer(e.clientY, box.top, box.height));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = shareAfterKey(share, e.key);
    if (next === null) return;
    e.preventDefault();
    setShare(next);
  };
  const hasRest = Array.isArray(children) ? children.some(Boolean) : Boolean(children);
  return (
    <div
      className="side"
      ref={column}
      style={{
        gridTemplateRows: !hasRest
          ? 'minmax(0, 1fr)'
          : compactTop
            ? 'auto minmax(0, 1fr)'
            : `${share * 100}% auto minmax(0, 1fr)`,
      }}
    >
      {top}
      {hasRest && (
        <>
          <div
            hidden={compactTop}
            className="side-split-handle"
            data-testid="side-split-handle"
            role="separator"
            aria-orientation="horizontal"
            aria-label={t('inspectorFields.split.handle')}
            aria-valuemin={20}
            aria-valuemax={85}
            aria-valuenow={Math.round(share * 100)}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onPointerDown={(e) => {
              dragging.current = true;
              e.currentTarget.setPointerCapture(e.pointerId);
            }}
            onPointerMove={onPointerMove}
            onPointerUp={() => (dragging.current = false)}
            onPointerCancel={() => (dragging.current = false)}
          />
          <div className="side-rest">{children}</div>
        </>
      )}
    </div>
  );
}
