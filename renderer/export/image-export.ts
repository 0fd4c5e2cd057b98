/**
 * Export PNG / Export SVG: the dialog's choice turned into a file. Both formats are drawn from the
 * design (diagram-svg.ts), never from the canvas, so what the view shows (zoom, selection, the overview
 * of a big design) does not matter.
 */
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import type { Design } from '../../shared/model/design.js';
import { i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { compareDiagram, type CompareDiagram } from '../compare/compare-diagram.js';
import { compareMode } from '../compare/compare-state.js';
import { diagramSize, diagramSvg, type DiagramSvg } from './diagram-svg.js';
import { browserMeasureText } from './measure-text.js';
import { pngSize, type PngScale } from './png-size.js';
import { svgToPng } from './rasterize.js';

export type ImageFormat = 'png' | 'svg';

export interface ImageExportChoice {
  format: ImageFormat;
  scale: PngScale;
  background: boolean;
}

/** The diagram of `design` with the kind names in the current language, at `scale` pixels per unit. */
export function drawDiagram(
  design: Design,
  background: boolean,
  scale = 1,
  compare?: Pick<CompareDiagram, 'marks' | 'connectionMarks'>,
): DiagramSvg {
  const kindLabels = Object.fromEntries(PART_KINDS.map((k) => [k, i18next.t(`kinds.${k}`)])) as Record<PartKind, string>;
  return diagramSvg(design, {
    kindLabels,
    lang: i18next.language === 'ja' ? 'ja' : 'en',
    background,
    scale,
    ...(compare ? { compare: compare.marks, compareConnections: compare.connectionMarks } : {}),
    measure: browserMeasureText(),
    description: i18next.t('exports.description', {
      name: design.name,
      parts: design.parts.length,
      connections: design.connections.length,
    }),
  });
}

function baseName(): string {
  return store.getState().file?.name.replace(/\.[^.]+$/, '') ?? store.getState().design.name;
}

/**
 * Draws the open design as chosen and hands the file to the platform (a download, or a save dialog). In compare
 * mode it draws the compare view instead (marks and ghosts), named `<name>-compare.<ext>`.
 */
export async function exportDiagram(choice: ImageExportChoice): Promise<boolean> {
  const mode = compareMode();
  const view = mode ? compareDiagram(mode.before, mode.after, mode.comparison) : undefined;
  const design = view?.design ?? store.getState().design;
  const name = `${baseName()}${view ? '-compare' : ''}.${choice.format}`;
  if (choice.format === 'svg') return platform.exportImage(drawDiagram(design, choice.background, 1, view).svg, name, 'svg');
  const { width, height } = diagramSize(design);
  const size = pngSize(width, height, choice.scale);
  const { svg } = drawDiagram(design, choice.background, size.scale, view);
  return platform.exportImage(await svgToPng(svg, size.width, size.height), name, 'png');
}
