/**
 * React Flow's own screen-reader texts in the UI language (connections are named by edges/use-flow-edges.ts).
 */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

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
