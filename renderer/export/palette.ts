/**
 * The light theme's colours as the image export draws them. The canvas takes them from CSS variables
 * in renderer/styles/app.css (:root); palette.test.ts checks that both say the same, so an exported
 * picture looks like the canvas in the light theme whatever theme the app shows.
 */
export const EXPORT_PALETTE = {
  /** --bg: the canvas background. */
  background: '#ffffff',
  /** --card: a card's face. */
  card: '#ffffff',
  /** --border: a card's outline. */
  border: '#d5dbe1',
  /** --text: names and facts. */
  text: '#16191f',
  /** --muted: kind labels and container facts. */
  muted: '#5f6b7a',
} as const;

/** Compare mode's marks (renderer/compare/compare.css :root): added green, changed amber, removed red. */
export const COMPARE_PALETTE = {
  added: '#1a7f37',
  changed: '#b26b00',
  removed: '#cf222e',
} as const;

/** The canvas's font stack (app.css :root) ending in the generic family every SVG viewer has. */
export const EXPORT_FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Hiragino Sans, Noto Sans JP, Noto Sans, sans-serif';

/**
 * Compare mode's connections, on the canvas and in the export: added ones green (solid, whatever their kind's
 * dash), removed ones (ghosts of the other design) dashed red and faded like the ghost parts.
 */
export const COMPARE_LINE_LOOKS = {
  added: { color: COMPARE_PALETTE.added, dash: '' },
  removed: { color: COMPARE_PALETTE.removed, dash: '6 4', opacity: 0.55 },
} as const;
