// Every row of the add-on table reaches every consumer: the schema, export (both IAM modes), import back,
// node capacity, the fully-private endpoint list and the compute rule. A new row that some consumer does not
// read fails here, so adding an add-on stays one row in shared/model/addons.ts.
import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { buildClusterConfig } from '../export/cluster-config.js';
import { ADDONS, addonOn, SWITCH_ROWS, type AddonRow } from '../model/addons.js';
import { DesignIndex } from '../model/design-index.js';
import { addonsSchema, type PartOf } from '../model/parts.js';
import { endpointNeeds } from '../model/private-endpoints.js';
import { addonDaemonSets } from '../rules/catalog/node-groups/node-capacity.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { importEksctlConfig } from './index.js';

/** Props that switch on exactly `row` (the Pod Identity Agent too, where a controller role needs it). */
function onlyThis(row: AddonRow, identity: 'irsa' | 'pod-identity') {
  const off = Object.fromEntries(SWITCH_ROWS.map((r) => [r.switch, false]));
  const on = typeof row.switch === 'string' ? { [row.switch]: true } : { nodeAutoscaler: row.switch.nodeAutoscaler };
  const agent = identity === 'pod-identity' && row.serviceAccount !== undefined ? { podIdentityAgent: true } : {};
  // The VPC CNI stays on: without it eksctl refuses node groups (a bare cluster).
  return { ...off, vpcCni: true, ...on, ...agent };
}

function designWith(row: AddonRow, identity: 'irsa' | 'pod-identity', fullyPrivate = false) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { controllerIdentity: identity, fullyPrivate, addons: onlyThis(row, identity) });
  b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
  return b.build();
}

const rowName = (row: AddonRow) => (typeof row.switch === 'string' ? row.switch : row.switch.nodeAutoscaler);

describe('the add-on table', () => {
  it('gives the cluster schema exactly one boolean switch per row, with the row default', () => {
    const defaults = addonsSchema.parse({});
    const booleans = Object.entries(defaults).filter(([, v]) => typeof v === 'boolean');
    expect(booleans.map(([k]) => k).sort()).toEqual(SWITCH_ROWS.map((r) => r.switch).sort());
    for (const row of SWITCH_ROWS) expect(defaults[row.switch], row.switch).toBe(row.defaultOn);
  });

  it('names every row in both languages, and each EKS add-on, service account and switch once', () => {
    for (const row of ADDONS) {
      expect(row.label.en.trim(), rowName(row)).not.toBe('');
      expect(row.label.ja.trim(), rowName(row)).not.toBe('');
      expect(row.name.trim()).not.toBe('');
    }
    const once = (values: (string | undefined)[]) => {
      const present = values.filter((v) => v !== undefined);
      expect(new Set(present).size).toBe(present.length);
    };
    once(ADDONS.map((r) => ('eksAddon' in r ? r.eksAddon : undefined)));
    once(ADDONS.map((r) => ('serviceAccount' in r ? r.serviceAccount : undefined)));
    once(ADDONS.map(rowName));
  });

  describe.each(ADDONS.map((row) => [rowName(row), row] as const))('%s', (_name, row: AddonRow) => {
    it.each(['irsa', 'pod-identity'] as const)('exports as eksctl expects and imports back on (%s)', (identity) => {
      const design = designWith(row, identity);
      const config = buildClusterConfig(design);
      expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
      const names = (config.addons ?? []).map((a) => a.name);
      if (row.eksAddon !== undefined) expect(names).toContain(row.eksAddon);
      if (row.serviceAccount !== undefined) {
        const accounts = [
          ...(config.iam?.serviceAccounts ?? []).map((sa) => sa.metadata.name),
          ...(config.iam?.podIdentityAssociations ?? []).map((p) => p.serviceAccountName),
        ];
        const ownedByAddon = (config.addons ?? []).find((a) => a.name === row.eksAddon);
        // An EKS add-on that owns its account carries the role itself: its well-known policies under IRSA, the
        // association EKS recommends under Pod Identity (created with the add-on, before its Pods start).
        if (ownedByAddon && identity === 'irsa') expect(ownedByAddon.wellKnownPolicies).toEqual(row.policies);
        else if (ownedByAddon) expect(ownedByAddon.useDefaultPodIdentityAssociations).toBe(true);
        else expect(accounts).toContain(row.serviceAccount);
      }
      if (row.nodeRolePolicy !== undefined)
        expect(config.managedNodeGroups?.[0]?.iam?.withAddonPolicies?.[row.nodeRolePolicy]).toBe(true);

      // Import the bare file (no origin record): the switch must come back from the YAML alone.
      const imported = importEksctlConfig(JSON.parse(JSON.stringify(config)));
      const cluster = imported.document.design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
      expect(addonOn(row, cluster.props.addons)).toBe(true);
      for (const other of SWITCH_ROWS)
        if (other !== row && other.switch !== 'podIdentityAgent' && !other.installedByDefault)
          expect(addonOn(other, cluster.props.addons), other.switch).toBe(false);
    });

    it('counts its DaemonSet pods on every node', () => {
      const cluster = new DesignIndex(designWith(row, 'irsa')).ofKind('cluster')[0]!;
      const base = row.switch === 'vpcCni' ? 0 : 1; // the VPC CNI's aws-node, kept on
      expect(addonDaemonSets(cluster.props.addons)).toBe(base + (row.podsPerNode ?? 0));
    });

    it('asks a fully-private cluster for the VPC endpoints it calls', () => {
      const index = new DesignIndex(designWith(row, 'irsa', true));
      const needs = endpointNeeds(index, index.ofKind('cluster')[0]!);
      for (const service of row.endpoints ?? []) {
        const need = needs.find((n) => n.service === service);
        expect(need?.users, service).toContain(row.name);
      }
      expect(needs.some((n) => n.users.includes(row.name))).toBe((row.endpoints ?? []).length > 0);
    });
  });
});
