import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../shared/diff/index.js';
import { deleteConnections, deleteParts } from '../../shared/editor/commands.js';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import { loadTemplate } from '../../templates/index.js';
import { diagramSvg } from '../export/diagram-svg.js';
import { COMPARE_PALETTE } from '../export/palette.js';
import { compareDiagram } from './compare-diagram.js';

const kindLabels = Object.fromEntries(PART_KINDS.map((k) => [k, k])) as Record<PartKind, string>;

describe('the compare view as SVG', () => {
  const before = loadTemplate('web-application').design;
  const after = deleteConnections(
    deleteParts(
      {
        ...before,
        parts: before.parts.map((p) =>
          p.id === 'ng-web' ? ({ ...p, props: { ...p.props, desiredCapacity: 5 } } as typeof p) : p,
        ),
      },
      ['wl-backoffice'],
    ),
    ['wl-backoffice'],
  );
  const c = compareDesigns(before, after, { today: '2026-11-28' });
  const { design, marks } = compareDiagram(before, after, c);
  const { svg } = diagramSvg(design, { kindLabels, background: true, compare: marks });

  it('marks the changed part amber and draws the removed one as a faded, dashed red ghost', () => {
    expect([...marks]).toEqual([
      ['ng-web', 'changed'],
      ['wl-backoffice', 'removed'],
    ]);
    const group = (id: string) =>
      new RegExp(`<g data-part-id="${id}"[^>]*data-compare="(\\w+)">.*?data-role="compare-mark"([^>]*)/>`).exec(svg);
    const changed = group('ng-web')!;
    expect(changed[1]).toBe('changed');
    expect(changed[2]).toContain(`stroke="${COMPARE_PALETTE.changed}"`);
    const removed = group('wl-backoffice')!;
    expect(removed[1]).toBe('removed');
    expect(removed[2]).toContain(`stroke="${COMPARE_PALETTE.removed}"`);
    expect(removed[2]).toContain('stroke-dasharray');
    expect(removed[0]).toContain('<g opacity="0.55">');
    expect(svg.match(/data-compare=/g)).toHaveLength(2);
  });

  it('draws nothing extra without a comparison', () => {
    expect(diagramSvg(after, { kindLabels, background: true }).svg).not.toContain('compare');
  });
});
