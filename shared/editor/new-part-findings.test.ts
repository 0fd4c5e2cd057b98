/**
 * Every kind, added the way the palette adds it into its natural parent of a small valid design, raises
 * no error, and only the warnings listed here, each about something only the user can decide.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { KIND_TABLES } from '../model/kinds/index.js';
import { PART_KINDS, type PartKind } from '../model/parts.js';
import { validateDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { connect, insertPart } from './commands.js';

/** A VPC with two public and two private subnets, a cluster with a node group running one workload. */
function baseDesign(): Design {
  let d: Design = { name: 'defaults', description: '', parts: [], connections: [] };
  const add = (kind: PartKind, parentId?: string): string => {
    const out = insertPart(d, kind, parentId === undefined ? {} : { parentId });
    d = out.design;
    return out.id;
  };
  const vpc = add('vpc');
  for (let i = 0; i < 4; i++) add('subnet', vpc);
  const cluster = add('cluster', vpc);
  const ng = add('managed-node-group', cluster);
  add('workload', ng);
  return d;
}

/** Where a part of each kind naturally goes in the base design: the first part of its kind's typical parent. */
function naturalParent(kind: PartKind): string | undefined {
  const parent = KIND_TABLES.typicalParent[kind];
  return parent === undefined ? undefined : `${parent}-1`;
}

/**
 * Kinds that mean nothing until connected get the connection a user draws next: an API gateway its VPC
 * link to an ALB (which routes to the workload), an on-premises network its link to the VPC.
 */
const NATURAL_CONNECTIONS: Partial<Record<PartKind, (design: Design, id: string) => Design>> = {
  'api-gateway': (design, id) => {
    const alb = insertPart(design, 'alb', { parentId: 'vpc-1' });
    const routed = connect(alb.design, alb.id, 'workload-1').design;
    return connect(routed, id, alb.id).design;
  },
  'on-prem-network': (design, id) => connect(design, id, 'vpc-1').design,
};

/**
 * Warnings a new part may raise, by kind, and why its defaults cannot settle them. Anything else (and any
 * error) is a default that contradicts another default.
 */
const EXPECTED_WARNINGS: Partial<Record<PartKind, Record<string, string>>> = {
  cluster: {
    'cluster.endpoint-public-open': 'who may reach the API endpoint depends on the user’s own network',
    // The base design has a cluster already: a second one in a VPC eksctl creates gets a VPC of its own from eksctl,
    // and only the user knows whether to draw an existing, shared VPC instead.
    'vpc.eksctl-vpc-per-cluster': 'eksctl builds one VPC per cluster config',
  },
  'managed-node-group': {
    'vpc.nat-per-az': 'one NAT gateway or one per AZ is the user’s trade of cost against resilience',
  },
  'self-managed-node-group': {
    'vpc.nat-per-az': 'one NAT gateway or one per AZ is the user’s trade of cost against resilience',
  },
  'fargate-profile': {
    'vpc.nat-per-az': 'one NAT gateway or one per AZ is the user’s trade of cost against resilience',
  },
  alb: { 'lb.routes-to-nothing': 'the user draws the connections to the workloads it serves' },
  nlb: { 'lb.routes-to-nothing': 'the user draws the connections to the workloads it serves' },
};

describe('a new part with default props', () => {
  const base = baseDesign();
  const baseFindings = validateDesign(base, TEST_CONTEXT);

  it('leaves the base design without errors', () => {
    expect(baseFindings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  for (const kind of PART_KINDS) {
    it(`${kind} in its natural parent raises no new error and no unexpected warning`, () => {
      const parentId = naturalParent(kind);
      const added0 = insertPart(base, kind, parentId === undefined ? {} : { parentId });
      const id = added0.id;
      const design = NATURAL_CONNECTIONS[kind]?.(added0.design, id) ?? added0.design;
      const before = new Set(baseFindings.map((f) => `${f.ruleId}|${f.partIds.join(',')}`));
      const added = validateDesign(design, TEST_CONTEXT).filter(
        (f) => f.partIds.includes(id) && !before.has(`${f.ruleId}|${f.partIds.join(',')}`),
      );
      const allowed = EXPECTED_WARNINGS[kind] ?? {};
      const unexpected = added.filter((f) => f.severity === 'error' || (f.severity === 'warning' && !(f.ruleId in allowed)));
      expect(unexpected.map((f) => `${f.severity} ${f.ruleId} ${JSON.stringify(f.params)}`)).toEqual([]);
    });
  }
});
