import { applyPatch } from 'diff';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { estimateCost, sumCents } from '../cost/index.js';
import { instanceTypeFacts } from '../data/ec2/instance-catalog.js';
import { exportEksctlYaml } from '../export/index.js';
import { importEksctlYaml } from '../round-trip/index.js';
import type { Design } from '../model/design.js';
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import { CHANGE_RULES } from '../rules/changes/index.js';
import { validateDesign } from '../rules/engine.js';
import { renderDiagnostic } from '../rules/messages.js';
import type { RuleContext } from '../rules/types.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { compareDesigns } from './compare-designs.js';

const TODAY = '2026-11-28';
const ctx: RuleContext = { today: TODAY, calendar: KUBERNETES_VERSION_CALENDAR };
const compare = (a: Design, b: Design) => compareDesigns(a, b, { today: TODAY, ctx });
const ids = TEMPLATES.map((t) => t.id);
const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const));
const CHANGE_RULE_IDS = new Set(CHANGE_RULES.map((r) => r.id));

describe('compareDesigns on the templates', () => {
  it.each(ids)('finds %s equal to itself, even with every box moved', (id) => {
    const a = loadTemplate(id).design;
    const b = structuredClone(a);
    for (const p of b.parts) p.position = { x: p.position.x + 40, y: p.position.y - 7 };
    const c = compare(a, b);
    expect(c.equal).toBe(true);
    expect(c.parts).toEqual({ added: [], removed: [], changed: [] });
    expect(c.clusterYaml.every((y) => y.patch === '' && y.before === y.after)).toBe(true);
    expect(c.cost.diff?.totalChange).toBe(0);
    expect(c.findings).toEqual({ appeared: [], disappeared: [] });
  });

  it.each(pairs)('%s -> %s: parts, cost, cluster.yaml and findings add up', (aId, bId) => {
    const a = loadTemplate(aId).design;
    const b = loadTemplate(bId).design;
    const c = compare(a, b);
    expect(c.equal).toBe(false);

    // Every part is accounted for once: matched (changed or not) or only on one side.
    const matchedCount = a.parts.length - c.parts.removed.length;
    expect(b.parts.length - c.parts.added.length).toBe(matchedCount);
    expect(new Set([...c.parts.removed.map((p) => p.id), ...c.parts.changed.map((p) => p.before.id)]).size).toBe(
      c.parts.removed.length + c.parts.changed.length,
    );
    for (const p of c.parts.changed) expect(p.changes.length).toBeGreaterThan(0);

    // Cost: each side is the design's own estimate; the per-line changes sum to the total change.
    const costA = estimateCost(a, { today: TODAY }).monthlyTotal;
    const costB = estimateCost(b, { today: TODAY }).monthlyTotal;
    expect(c.cost.before?.monthlyTotal).toBe(costA);
    expect(c.cost.after?.monthlyTotal).toBe(costB);
    expect(c.cost.diff!.totalChange).toBe(sumCents([costB, -costA]));
    expect(sumCents(c.cost.diff!.lines.map((l) => l.change))).toBe(c.cost.diff!.totalChange);

    // The cluster.yaml patch turns the first side's file into the second's (jsdiff applies it back).
    for (const y of c.clusterYaml) expect(applyPatch(y.before, y.patch)).toBe(y.after);

    // Findings that appear are the second design's (or about the change itself), findings that disappear the first's.
    const findingsA = validateDesign(a, ctx);
    const findingsB = validateDesign(b, ctx);
    for (const d of c.findings.appeared) if (!CHANGE_RULE_IDS.has(d.ruleId)) expect(findingsB).toContainEqual(d);
    for (const d of c.findings.disappeared) expect(findingsA).toContainEqual(d);

    // Reversed, what was added is removed.
    const back = compare(b, a);
    expect(back.parts.added.map((p) => p.id)).toEqual(c.parts.removed.map((p) => p.id));
    expect(back.cost.diff!.totalChange).toBe(-c.cost.diff!.totalChange);
  });

  it('reports an edit of one template with its old and new values, connection and cost line', () => {
    const a = loadTemplate('microservices').design;
    const b = structuredClone(a);
    const ng = b.parts.find((p) => p.id === 'ng-frontend');
    if (ng?.kind !== 'managed-node-group') throw new Error('template changed');
    ng.props.desiredCapacity = 5;
    ng.props.labels = { ...ng.props.labels, tier: 'web' };
    b.parts = b.parts.filter((p) => p.id !== 'ecr-orders');
    b.connections = b.connections.filter((x) => x.from !== 'ecr-orders');
    const c = compare(a, b);
    expect(c.parts.removed).toEqual([{ id: 'ecr-orders', kind: 'ecr', name: 'shop-orders' }]);
    expect(c.parts.changed).toEqual([
      expect.objectContaining({
        matchedBy: 'id',
        changes: [
          { path: 'props.desiredCapacity', before: 3, after: 5 },
          { path: 'props.labels.tier', before: 'frontend', after: 'web' },
        ],
      }),
    ]);
    expect(c.connections.removed.map((x) => [x.from.name, x.to.name])).toEqual([['shop-orders', 'orders']]);
    const price = instanceTypeFacts('m6i.large')!.usdPerHourUsEast1!;
    const line = c.cost.diff!.lines.find((l) => l.partId === 'ng-frontend')!;
    expect(line.change).toBeCloseTo(2 * price * 730, 2);
    expect(c.clusterYaml[0]!.patch).toMatch(/^-\s+desiredCapacity: 3$/m);
    expect(c.clusterYaml[0]!.patch).toMatch(/^\+\s+desiredCapacity: 5$/m);
  });
});

describe('compareDesigns on an import and its edited export', () => {
  const source = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: graviton-shop
  region: us-east-1
  version: "1.35"
managedNodeGroups:
  - name: arm-m7g-al2023
    instanceType: m7g.large
    amiFamily: AmazonLinux2023
    minSize: 2
    maxSize: 6
    desiredCapacity: 2
    privateNetworking: true
  - name: arm-c7g-bottlerocket
    instanceType: c7g.xlarge
    amiFamily: Bottlerocket
    minSize: 1
    maxSize: 4
    desiredCapacity: 1
    privateNetworking: true
`;
  const imported = importEksctlYaml(source).document.design;
  const exported = exportEksctlYaml(imported, { force: true, ctx }).yaml;

  it('finds the unedited export equal to the import', () => {
    expect(compare(imported, importEksctlYaml(exported).document.design).equal).toBe(true);
  });

  it('finds a node group added at the top and another scaled, however the import renumbered the parts', () => {
    const doc = parseDocument(exported);
    doc.setIn(['managedNodeGroups', 1, 'desiredCapacity'], 3);
    const groups = doc.get('managedNodeGroups') as { items: unknown[] };
    groups.items.unshift(
      doc.createNode({
        name: 'ng-new',
        instanceType: 'm7g.large',
        minSize: 1,
        maxSize: 2,
        desiredCapacity: 1,
        privateNetworking: true,
      }),
    );
    const edited = importEksctlYaml(doc.toString()).document.design;
    const c = compare(imported, edited);

    expect(c.equal).toBe(false);
    expect(c.parts.added.map((p) => [p.kind, p.name])).toEqual([['managed-node-group', 'ng-new']]);
    expect(c.parts.removed).toEqual([]);
    const scaled = c.parts.changed.find((p) => p.after.name === 'arm-c7g-bottlerocket')!;
    expect(scaled.changes).toEqual([{ path: 'props.desiredCapacity', before: 1, after: 3 }]);
    expect(c.parts.changed.every((p) => p.before.name === p.after.name)).toBe(true);

    const hour = (type: string) => instanceTypeFacts(type)!.usdPerHourUsEast1! * 730;
    expect(c.cost.diff!.totalChange).toBeCloseTo(2 * hour('c7g.xlarge') + hour('m7g.large'), 1);
    expect(c.clusterYaml[0]!.patch).toMatch(/^\+\s+- name: ng-new$/m);
    expect(c.clusterYaml[0]!.patch).toMatch(/^\+\s+desiredCapacity: 3$/m);
  });
});

describe('compareDesigns on suppressions and unpriced regions', () => {
  // The web application template with a finding on ng-web: more nodes wanted than its maximum.
  const template = loadTemplate('web-application').design;
  const before: Design = {
    ...template,
    parts: template.parts.map((p) =>
      p.id === 'ng-web' ? ({ ...p, props: { ...p.props, desiredCapacity: 99 } } as typeof p) : p,
    ),
  };

  it('reports a suppression added to a part or the design as a change, and the findings it hides as gone', () => {
    const suppressed = validateDesign(before, ctx).find((d) => d.partIds.includes('ng-web'))!;
    const partId = suppressed.partIds[0]!;
    const after: Design = {
      ...before,
      suppressions: [{ ruleId: 'vpc.endpoints-missing', reason: 'lab' }],
      parts: before.parts.map((p) =>
        p.id === partId ? { ...p, suppressions: [{ ruleId: suppressed.ruleId, reason: 'accepted', expires: '2027-06-30' }] } : p,
      ),
    };
    const c = compare(before, after);
    expect(c.equal).toBe(false);
    expect(c.design).toEqual([{ path: 'suppressions', after: [{ ruleId: 'vpc.endpoints-missing', reason: 'lab' }] }]);
    expect(c.parts.changed).toEqual([
      expect.objectContaining({
        after: expect.objectContaining({ id: partId }),
        changes: [{ path: 'suppressions', after: [{ ruleId: suppressed.ruleId, reason: 'accepted', expires: '2027-06-30' }] }],
      }),
    ]);
    expect(c.findings.disappeared.map((d) => d.ruleId)).toContain(suppressed.ruleId);
    // cluster.yaml shows them only in its suppressions annotation (shared/export/suppression-annotation.ts).
    const changed = c.clusterYaml.flatMap((y) => y.patch.split('\n').filter((l) => /^[-+](?![-+])/.test(l)));
    expect(changed).toEqual([
      '+  annotations:',
      expect.stringMatching(/^\+ {4}eks-sandbox\.io\/suppressions: '\[\{"kind":"design","ruleId":"vpc\.endpoints-missing"/),
    ]);
  });

  it('finds an empty suppression list the same as none', () => {
    const c = compare(template, {
      ...template,
      suppressions: [],
      parts: template.parts.map((p) => ({ ...p, suppressions: [] })),
    });
    expect(c.equal).toBe(true);
  });

  it('says which side has no prices for its region, with the regions that have them', () => {
    const imported = importEksctlYaml(
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: west\n  region: us-west-2\n',
    ).document.design;
    const c = compareDesigns(before, imported, { today: TODAY, ctx, beforeLabel: 'a.eksdesign', afterLabel: 'b.yaml' });
    expect(c.cost.before).toBeDefined();
    expect(c.cost.after).toBeUndefined();
    expect(c.cost.unpriced).toEqual([
      { side: 'after', label: 'b.yaml', region: 'us-west-2', regionsWithPrices: ['ap-northeast-1', 'us-east-1'] },
    ]);
    // Told once, structured: a reader words it in its language, with nothing left in `notes` to filter out.
    expect(c.cost.notes).toEqual([]);
  });
});

describe('compareDesigns on a cluster that changes in place', () => {
  /** The microservices template with its cluster edited: the same EKS cluster in a later revision. */
  function revised(
    edit: (cluster: Extract<Design['parts'][number], { kind: 'cluster' }>) => void,
    version = '1.35',
  ): [Design, Design] {
    const a = loadTemplate('microservices').design;
    const cluster = a.parts.find((p) => p.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('template changed');
    cluster.props.version = version;
    const b = structuredClone(a);
    edit(b.parts.find((p) => p.id === cluster.id) as typeof cluster);
    return [a, b];
  }
  const changeFindings = (a: Design, b: Design) => compare(a, b).findings.appeared.filter((d) => CHANGE_RULE_IDS.has(d.ruleId));

  it('flags a Kubernetes upgrade or rollback that skips a minor version, as eksctl refuses it', () => {
    const [a, b] = revised((c) => (c.props.version = '1.35'), '1.33');
    const [found] = changeFindings(a, b);
    expect(found).toMatchObject({
      ruleId: 'cluster.upgrade-one-minor',
      severity: 'error',
      partIds: ['cluster'],
      params: { cluster: 'shop-microservices', from: '1.33', to: '1.35', steps: '1.33 → 1.34 → 1.35' },
    });
    expect(found!.params['eksctlMessage']).toBe(
      'upgrading more than one version at a time is not supported. Found upgrade from "1.33" to "1.35". Please upgrade to "1.34" first',
    );
    for (const lang of ['en', 'ja'] as const) expect(renderDiagnostic(found!, lang).message).not.toMatch(/\{\{/);
    const [back] = changeFindings(b, a);
    expect(back!.params['eksctlMessage']).toMatch(
      /^downgrading more than one version at a time is not supported\. .*"1\.34" first$/,
    );
  });

  it('passes an upgrade or rollback of one minor version', () => {
    const [a, b] = revised((c) => (c.props.version = '1.35'), '1.34');
    expect(changeFindings(a, b)).toEqual([]);
    expect(changeFindings(b, a)).toEqual([]);
  });

  it('flags a switch of IP family, which EKS fixes when it creates the cluster', () => {
    const [a, b] = revised((c) => (c.props.ipFamily = 'IPv6'));
    expect(changeFindings(a, b)).toEqual([
      expect.objectContaining({
        ruleId: 'cluster.ip-family-immutable',
        severity: 'warning',
        partIds: ['cluster'],
        params: { cluster: 'shop-microservices', from: 'IPv4', to: 'IPv6' },
      }),
    ]);
  });

  it('says nothing when the cluster is renamed or moved to another Region: that is a new cluster', () => {
    const [a, b] = revised((c) => {
      c.name = 'shop-v2';
      c.props.ipFamily = 'IPv6';
    }, '1.33');
    expect(changeFindings(a, b)).toEqual([]);
    const [c, d] = revised((x) => (x.props.region = 'us-west-2'), '1.33');
    expect(changeFindings(c, d)).toEqual([]);
  });
});
