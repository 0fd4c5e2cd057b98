/**
 * Names for people on the canvas: each connection says what it means between which parts ("web-alb routes
 * traffic to web"), not React Flow's "Edge from alb to wl-web", and React Flow's own screen-reader texts
 * are given in the UI language.
 */
import type { AriaLabelConfig, Edge } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Design } from '../../shared/model/design.js';
import { connectionMeaning } from '../../shared/model/structure.js';

/** The announced name of every connection, by connection id. */
export function connectionNames(t: TFunction, design: Pick<Design, 'parts' | 'connections'>): Map<string, string> {
  const parts = new Map(design.parts.map((p) => [p.id, p]));
  const out = new Map<string, string>();
  for (const c of design.connections) {
    const from = parts.get(c.from);
    const to = parts.get(c.to);
    if (!from || !to) continue;
    const meaning = connectionMeaning(from.kind, to.kind) ?? 'other';
    const name = t(`problemsPanel.connection.${meaning}`, { from: from.name, to: to.name });
    out.set(c.id, c.label ? `${name} (${c.label})` : name);
  }
  return out;
}

/** The edges with their names; edges without a known name keep React Flow's. */
export function namedEdges<E extends Edge>(edges: E[], names: ReadonlyMap<string, string>): E[] {
  return edges.map((e) => {
    const ariaLabel = names.get(e.id);
    return ariaLabel === undefined || e.ariaLabel === ariaLabel ? e : { ...e, ariaLabel };
  });
}

export function canvasAriaLabels(t: TFunction): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('problemsPanel.canvasA11y.node'),
    'node.a11yDescription.keyboardDisabled': t('problemsPanel.canvasA11y.node'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('problemsPanel.canvasA11y.nodeMoved', {
        direction: t(`problemsPanel.canvasA11y.direction.${direction}`),
        x: Math.round(x),
        y: Math.round(y),
      }),
    'edge.a11yDescription.default': t('problemsPanel.canvasA11y.edge'),
    'controls.ariaLabel': t('problemsPanel.canvasA11y.controls'),
    'controls.zoomIn.ariaLabel': t('problemsPanel.canvasA11y.zoomIn'),
    'controls.zoomOut.ariaLabel': t('problemsPanel.canvasA11y.zoomOut'),
    'controls.fitView.ariaLabel': t('problemsPanel.canvasA11y.fitView'),
    'minimap.ariaLabel': t('problemsPanel.canvasA11y.minimap'),
    'handle.ariaLabel': t('problemsPanel.canvasA11y.handle'),
  };
}
