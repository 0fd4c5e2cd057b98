import { describe, expect, it } from 'vitest';
import { addPart } from '../../shared/editor/commands.js';
import type { Design } from '../../shared/model/design.js';
import { FlowSelector, type PartLabels } from './to-flow.js';

const labels = (problems: Record<string, string>): PartLabels => ({
  kind: new Proxy({}, { get: (_t, k) => String(k).toUpperCase() }) as PartLabels['kind'],
  problems: new Map(Object.entries(problems)),
  describe: (kind, name, text) => `${kind} ${name}${text ? `, ${text}` : ''}`,
});

describe('FlowSelector highlight and labels', () => {
  it("outlines a finding's other parts and names parts, rebuilding only the nodes whose look changed", () => {
    let d: Design = { name: 'd', description: '', parts: [], connections: [] };
    d = addPart(d, 'vpc').design;
    d = addPart(d, 'ecr').design;
    d = addPart(d, 'ecr').design;
    const sel = new FlowSelector();
    const first = sel.nodes(d, ['ecr-1'], new Map(), new Set(['ecr-2']), labels({ 'ecr-2': '1 error' }));
    const byId = (nodes: typeof first, id: string) => nodes.find((n) => n.id === id)!;
    expect(byId(first, 'ecr-2').className).toBe('part-card highlighted');
    expect(byId(first, 'ecr-2').ariaLabel).toBe('ECR ecr-2, 1 error');
    expect(byId(first, 'ecr-2').data.problemText).toBe('1 error');
    expect(byId(first, 'vpc-1').ariaLabel).toBe('VPC vpc');

    // Same look with new (equal) label objects: every node is reused.
    const again = sel.nodes(d, ['ecr-1'], new Map(), new Set(['ecr-2']), labels({ 'ecr-2': '1 error' }));
    expect(again).toBe(first);
    // The outline goes: only that node is rebuilt.
    const cleared = sel.nodes(d, ['ecr-1'], new Map(), new Set(), labels({ 'ecr-2': '1 error' }));
    expect(cleared.filter((n, i) => n !== first[i]).map((n) => n.id)).toEqual(['ecr-2']);
    expect(byId(cleared, 'ecr-2').className).toBe('part-card');
  });
});
