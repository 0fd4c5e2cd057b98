/**
 * The overview's pointer handling, on the React Flow root element: presses on a part select and drag it
 * (drag.ts); a click on a connection selects it; everything else goes on to React Flow untouched (pan,
 * wheel zoom, pane click). Capture-phase listeners run before React Flow's, so a press on a part can keep
 * React Flow from panning: preventDefault on pointerdown suppresses the mousedown d3-zoom listens for,
 * and the touchstart of a touch press is stopped by hand.
 */
import type { Point } from '../../../shared/editor/geometry.js';
import { withDescendants } from '../../../shared/editor/geometry.js';
import type { PartKind } from '../../../shared/model/parts.js';
import type { AppStore } from '../../store/app-store.js';
import { OverviewDrag } from './drag.js';
import { hitTest, type Scene } from './scene.js';

export interface OverviewPointerHost {
  store: AppStore;
  scene(): Scene;
  kindLabel(kind: PartKind): string;
  /** Flow coordinates of a page point. */
  flowPoint(clientX: number, clientY: number): Point;
  /** The connection drawn at a page point, if any. */
  edgeAt(clientX: number, clientY: number): string | undefined;
  /**
   * Pans the view if the page point is near the canvas's edge (see auto-pan.ts); resolves whether the view
   * moved.
   */
  autoPan(clientX: number, clientY: number): Promise<boolean>;
  /** A drag started moving these parts (with everything inside them), or ended. */
  onDragging(moving: ReadonlySet<string> | undefined): void;
}

const multiKey = (e: MouseEvent) => e.shiftKey || e.metaKey || e.ctrlKey;
const onPane = (e: Event) => e.target instanceof Element && e.target.closest('.react-flow__pane') !== null;

/** Attaches the listeners to `root` (the `.react-flow` element); returns a function that removes them. */
export function attachOverviewPointer(root: HTMLElement, host: OverviewPointerHost): () => void {
  let drag: OverviewDrag | undefined;
  let pointerId: number | undefined;
  let swallowClick = false;
  let swallowTouch = false;
  let last = { x: 0, y: 0 };
  let panFrame = 0;
  // React Flow pans from anywhere, nodes included, while Space is held (panActivationKeyCode).
  let spaceHeld = false;
  const onSpace = (e: KeyboardEvent) => {
    if (e.code === 'Space') spaceHeld = e.type === 'keydown';
  };
  const onWindowBlur = () => {
    spaceHeld = false;
  };

  // React Flow's order from the top: cards, then connections (z 50), then containers. A press on a
  // connection over a container is the connection's (selected on click), not the container's.
  const partAt = (e: MouseEvent) => {
    if (!onPane(e)) return undefined;
    const hit = hitTest(host.scene(), host.flowPoint(e.clientX, e.clientY));
    return hit?.container && host.edgeAt(e.clientX, e.clientY) !== undefined ? undefined : hit;
  };

  // While dragging, each frame pans the view if the pointer is near an edge and moves the parts along,
  // as React Flow does for its nodes: the pointer stays put on screen but not in the design.
  const autoPan = () => {
    panFrame = requestAnimationFrame(autoPan);
    const current = drag;
    if (!current?.dragging) return;
    const at = last;
    void host.autoPan(at.x, at.y).then((panned) => {
      if (panned && drag === current) current.move(host.flowPoint(at.x, at.y), at);
    });
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== pointerId) return;
    last = { x: e.clientX, y: e.clientY };
    const wasDragging = drag.dragging;
    if (!drag.move(host.flowPoint(e.clientX, e.clientY), last) || wasDragging) return;
    host.onDragging(withDescendants(host.store.editor.design, drag.movingIds()));
    panFrame = requestAnimationFrame(autoPan);
  };
  const finish = (how: 'release' | 'cancel') => {
    if (!drag) return;
    const wasDragging = drag.dragging;
    if (how === 'release') drag.release();
    else drag.cancel();
    drag = undefined;
    pointerId = undefined;
    cancelAnimationFrame(panFrame);
    panFrame = 0;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onPointerCancel);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('blur', onBlur);
    if (wasDragging) host.onDragging(undefined);
    // The click that follows a release comes before any timer; a release off the canvas has no click here,
    // and the flag must not swallow a later one.
    setTimeout(() => {
      swallowClick = false;
    }, 0);
  };
  const onUp = (e: PointerEvent) => {
    if (e.pointerId === pointerId) finish('release');
  };
  const onPointerCancel = (e: PointerEvent) => {
    if (e.pointerId === pointerId) finish('cancel');
  };
  const onBlur = () => finish('cancel');
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    finish('cancel');
  };

  const onDown = (e: PointerEvent) => {
    swallowClick = false;
    swallowTouch = false;
    if (e.button !== 0 || drag || spaceHeld) return;
    const hit = partAt(e);
    if (!hit) return;
    e.preventDefault();
    e.stopPropagation();
    // preventDefault also keeps the press from moving focus, as it would onto a React Flow node. Let go of
    // the focused field or button first, so an edit in the inspector commits to the part it was for
    // (before the selection changes) and the keys that follow reach the design, not the field.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body && !root.contains(focused)) focused.blur();
    swallowClick = true;
    swallowTouch = e.pointerType === 'touch';
    pointerId = e.pointerId;
    drag = new OverviewDrag(
      host.store,
      hit.id,
      host.flowPoint(e.clientX, e.clientY),
      { x: e.clientX, y: e.clientY },
      multiKey(e),
    );
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onPointerCancel);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onBlur);
  };
  // d3-zoom pans on touchstart, which preventDefault on pointerdown does not stop.
  const onTouchStart = (e: TouchEvent) => {
    if (swallowTouch) e.stopPropagation();
  };
  const onClick = (e: MouseEvent) => {
    if (swallowClick) {
      swallowClick = false;
      e.stopPropagation();
      return;
    }
    // A click (d3-zoom swallows the click that ends a pan) on a connection selects it, as in React Flow.
    if (!onPane(e)) return;
    const edge = host.edgeAt(e.clientX, e.clientY);
    if (!edge) return;
    e.stopPropagation();
    const selection = host.store.editor.selection;
    if (!multiKey(e)) host.store.editor.select([edge]);
    else if (selection.includes(edge)) host.store.editor.select(selection.filter((id) => id !== edge));
    else host.store.editor.select([...selection, edge]);
  };
  // React Flow nodes do not zoom on a double-click; parts on the overview do not either.
  const onDoubleClick = (e: MouseEvent) => {
    if (partAt(e)) e.stopPropagation();
  };
  // Pointing at a part names it, as the compact parts' tooltip does, and shows it can be picked up.
  const onHover = (e: PointerEvent) => {
    if (drag || e.buttons !== 0) return;
    const hit = partAt(e);
    const title = hit ? `${hit.name} (${host.kindLabel(hit.kind)})` : '';
    if (root.title !== title) root.title = title;
    root.classList.toggle('overview-over-part', hit !== undefined);
  };

  root.addEventListener('pointerdown', onDown, true);
  root.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  root.addEventListener('click', onClick, true);
  root.addEventListener('dblclick', onDoubleClick, true);
  root.addEventListener('pointermove', onHover);
  window.addEventListener('keydown', onSpace);
  window.addEventListener('keyup', onSpace);
  window.addEventListener('blur', onWindowBlur);
  return () => {
    window.removeEventListener('keydown', onSpace);
    window.removeEventListener('keyup', onSpace);
    window.removeEventListener('blur', onWindowBlur);
    // Leaving the overview mid-drag (zoomed in past the threshold) keeps the move made so far.
    finish('release');
    root.removeEventListener('pointerdown', onDown, true);
    root.removeEventListener('touchstart', onTouchStart, true);
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('dblclick', onDoubleClick, true);
    root.removeEventListener('pointermove', onHover);
    root.title = '';
    root.classList.remove('overview-over-part');
  };
}
