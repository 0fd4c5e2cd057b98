import { describe, expect, it } from 'vitest';
import { compareDesigns } from '../../shared/diff/index.js';
import { connect, deleteConnections, deleteParts } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { diagramSvg } from '../export/diagram-svg.js';
import { COMPARE_PALETTE } from '../export/palette.js';
import { compareDiagram } from './compare-diagram.js';
import { ghostEdges, ghostNodes } from './compare-view.js';

const kindLabels = Object.fromEntries(PART_KINDS.map((k) => [k, k])) as Record<PartKind, string>;

describe('the compare view as SVG', () => {
  const before = loadTemplate('web-application').design;
  // ng-web scaled, wl-backoffice deleted (its image pull conn-3 goes with it), the ALB's traffic to wl-web
  // (conn-1, "HTTPS /") deleted between two parts that stay, and ecr-backoffice now feeds wl-web.
  const edited = deleteConnections(
    deleteParts(
      {
        ...before,
        parts: before.parts.map((p) =>
          p.id === 'ng-web' ? ({ ...p, props: { ...p.props, desiredCapacity: 5 } } as typeof p) : p,
        ),
      },
      ['wl-backoffice'],
    ),
    ['wl-backoffice', 'conn-1'],
  );
  const added = connect(edited, 'ecr-backoffice', 'wl-web');
  const after = added.design;
  const c = compareDesigns(before, after, { today: '2026-11-28' });
  const { design, marks, connectionMarks } = compareDiagram(before, after, c);
  const { svg } = diagramSvg(design, { kindLabels, background: true, compare: marks, compareConnections: connectionMarks });
  /** The connection groups of the SVG (not the labels), with their line's attributes. */
  const lines = () =>
    [
      ...svg.matchAll(
        /<g data-connection-id="([^"]+)"((?: data-compare="\w+")?)((?: opacity="[\d.]+")?)><path d="([^"]+)"([^>]*)\/><\/g>/g,
      ),
    ].map((m) => ({ id: m[1]!, compare: m[2]!, opacity: m[3]!, d: m[4]!, attrs: m[5]! }));

  it('marks the changed part amber and draws the removed one as a faded, dashed red ghost', () => {
    expect([...marks]).toEqual([
      ['ng-web', 'changed'],
      ['compare-ghost:wl-backoffice', 'removed'],
    ]);
    const group = (id: string) =>
      new RegExp(`<g data-part-id="${id}"[^>]*data-compare="(\\w+)">.*?data-role="compare-mark"([^>]*)/>`).exec(svg);
    const changed = group('ng-web')!;
    expect(changed[1]).toBe('changed');
    expect(changed[2]).toContain(`stroke="${COMPARE_PALETTE.changed}"`);
    const removed = group('compare-ghost:wl-backoffice')!;
    expect(removed[1]).toBe('removed');
    expect(removed[2]).toContain(`stroke="${COMPARE_PALETTE.removed}"`);
    expect(removed[2]).toContain('stroke-dasharray');
    expect(removed[0]).toContain('<g opacity="0.55">');
    expect(svg.match(/<g data-part-id="[^"]*"[^>]*data-compare=/g)).toHaveLength(2);
  });

  it('draws the added connection green and the removed ones as faded, dashed red ghost lines with red arrowheads', () => {
    expect(c.connections.removed.map((r) => r.id).sort()).toEqual(['conn-1', 'conn-3']);
    expect(c.connections.added.map((a) => a.id)).toEqual([added.id]);
    const drawn = lines();
    const byId = new Map(drawn.map((l) => [l.id, l]));
    // Every connection of the open design is drawn once, plus one ghost per removed connection.
    expect(drawn.map((l) => l.id).sort()).toEqual(
      [...after.connections.map((x) => x.id), 'compare-ghost:conn-1', 'compare-ghost:conn-3'].sort(),
    );
    const green = byId.get(added.id)!;
    expect(green.compare).toBe(' data-compare="added"');
    expect(green.attrs).toContain(`stroke="${COMPARE_PALETTE.added}"`);
    expect(green.attrs).not.toContain('stroke-dasharray');
    expect(green.attrs).toContain(`marker-end="url(#arrow-${COMPARE_PALETTE.added.slice(1)})"`);
    for (const id of ['compare-ghost:conn-1', 'compare-ghost:conn-3']) {
      const ghost = byId.get(id)!;
      expect(ghost.compare).toBe(' data-compare="removed"');
      expect(ghost.opacity).toBe(' opacity="0.55"');
      expect(ghost.attrs).toContain(`stroke="${COMPARE_PALETTE.removed}"`);
      expect(ghost.attrs).toContain('stroke-dasharray="6 4"');
      expect(ghost.attrs).toContain(`marker-end="url(#arrow-${COMPARE_PALETTE.removed.slice(1)})"`);
    }
    // Both arrowheads are defined, in their colour.
    for (const colour of [COMPARE_PALETTE.added, COMPARE_PALETTE.removed])
      expect(svg).toContain(`<marker id="arrow-${colour.slice(1)}"`);
    // The unchanged image pull keeps its kind's look.
    expect(byId.get('conn-2')!.compare).toBe('');
    expect(byId.get('conn-2')!.attrs).not.toContain(COMPARE_PALETTE.removed);
    // The removed traffic keeps its label, faded with it.
    expect(svg).toMatch(/<g data-connection-id="compare-ghost:conn-1" data-role="label" opacity="0.55">.*?HTTPS \/<\/text><\/g>/);
  });

  it("draws a ghost line between the parts it joined: a part still there, or the removed part's ghost", () => {
    const ghostLines = design.connections.filter((x) => x.id.startsWith('compare-ghost:'));
    expect(ghostLines.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: 'compare-ghost:conn-1', from: 'alb', to: 'wl-web' },
      { id: 'compare-ghost:conn-3', from: 'ecr-backoffice', to: 'compare-ghost:wl-backoffice' },
    ]);
    expect(design.parts.filter((p) => p.id.endsWith('wl-backoffice')).map((p) => p.id)).toEqual(['compare-ghost:wl-backoffice']);
    // The line's path ends just left of the ghost's left side (the arrowhead's tip touches it), within its height.
    const ghost = design.parts.find((p) => p.id === 'compare-ghost:wl-backoffice')!;
    const path = lines().find((l) => l.id === 'compare-ghost:conn-3')!.d;
    const [x, y] = path
      .match(/-?[\d.]+/g)!
      .slice(-2)
      .map(Number);
    expect(ghost.position.x - x!).toBeGreaterThanOrEqual(0);
    expect(ghost.position.x - x!).toBeLessThanOrEqual(8);
    expect(y).toBeGreaterThan(ghost.position.y);
    expect(y).toBeLessThan(ghost.position.y + (ghost.size?.height ?? 200));
  });

  it('draws nothing extra without a comparison', () => {
    expect(diagramSvg(after, { kindLabels, background: true }).svg).not.toContain('compare');
  });
});

describe('the compare view when a removed and an added part share an id', () => {
  // Hand-edited (or imported, which numbers parts afresh): the ECR repository ecr-backoffice is gone and a
  // workload now has its id; its image pull to wl-backoffice (conn-3) went with it.
  const before = loadTemplate('web-application').design;
  const workload = before.parts.find((p) => p.id === 'wl-backoffice')!;
  const after: Design = {
    ...before,
    parts: [...before.parts.filter((p) => p.id !== 'ecr-backoffice'), { ...workload, id: 'ecr-backoffice', name: 'reports' }],
    connections: before.connections.filter((x) => x.from !== 'ecr-backoffice' && x.to !== 'ecr-backoffice'),
  };
  const c = compareDesigns(before, after, { today: '2026-11-28' });
  const view = compareDiagram(before, after, c);
  const { svg } = diagramSvg(view.design, {
    kindLabels,
    background: false,
    compare: view.marks,
    compareConnections: view.connectionMarks,
  });

  it('marks the new part added and the ghost removed, each under its own id', () => {
    expect(c.parts.removed.map((p) => [p.id, p.kind])).toEqual([['ecr-backoffice', 'ecr']]);
    expect(c.parts.added.map((p) => [p.id, p.kind])).toEqual([['ecr-backoffice', 'workload']]);
    expect(view.design.parts.map((p) => p.id).filter((id) => id.endsWith('ecr-backoffice'))).toEqual([
      'ecr-backoffice',
      'compare-ghost:ecr-backoffice',
    ]);
    expect(new Set(view.design.parts.map((p) => p.id)).size).toBe(view.design.parts.length);
    expect([...view.marks]).toEqual([
      ['ecr-backoffice', 'added'],
      ['compare-ghost:ecr-backoffice', 'removed'],
    ]);
  });

  it('draws the workload green and the repository as a red ghost, the ghost line from the ghost', () => {
    const groups = [...svg.matchAll(/<g data-part-id="([^"]*ecr-backoffice)" data-kind="([\w-]+)"[^>]*data-compare="(\w+)"/g)];
    expect(groups.map((m) => [m[1], m[2], m[3]]).sort()).toEqual([
      ['compare-ghost:ecr-backoffice', 'ecr', 'removed'],
      ['ecr-backoffice', 'workload', 'added'],
    ]);
    const line = view.design.connections.find((x) => view.connectionMarks.get(x.id) === 'removed')!;
    expect([line.from, line.to]).toEqual(['compare-ghost:ecr-backoffice', 'wl-backoffice']);
  });
});

describe('the compare view on every pair of templates', () => {
  const ids = TEMPLATES.map((t) => t.id);
  const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const));

  it.each(pairs)('%s -> %s: every part and connection change is drawn once, each ghost line between drawn parts', (a, b) => {
    const before = loadTemplate(a).design;
    const after = loadTemplate(b).design;
    const c = compareDesigns(before, after, { today: '2026-11-28' });
    const view = compareDiagram(before, after, c);
    const drawnParts = new Set(view.design.parts.map((p) => p.id));
    expect(drawnParts.size).toBe(view.design.parts.length);
    const ghostLines = view.design.connections.filter((x) => view.connectionMarks.get(x.id) === 'removed');
    expect(ghostLines).toHaveLength(c.connections.removed.length);
    for (const line of ghostLines) expect([drawnParts.has(line.from), drawnParts.has(line.to)]).toEqual([true, true]);
    expect([...view.connectionMarks.values()].filter((m) => m === 'added')).toHaveLength(c.connections.added.length);
    // The canvas: one ghost edge per removed connection, between nodes it has.
    const nodes = new Set([...after.parts.map((p) => p.id), ...ghostNodes(before, c).map((n) => n.id)]);
    const edges = ghostEdges(before, after, c);
    expect(edges).toHaveLength(c.connections.removed.length);
    for (const e of edges) expect([nodes.has(e.source), nodes.has(e.target)]).toEqual([true, true]);
    // The SVG marks exactly those.
    const { svg } = diagramSvg(view.design, {
      kindLabels,
      background: false,
      compare: view.marks,
      compareConnections: view.connectionMarks,
    });
    expect(svg.match(/<g data-connection-id="[^"]+" data-compare="removed"/g) ?? []).toHaveLength(c.connections.removed.length);
    expect(svg.match(/<g data-connection-id="[^"]+" data-compare="added"/g) ?? []).toHaveLength(c.connections.added.length);
  });
});
