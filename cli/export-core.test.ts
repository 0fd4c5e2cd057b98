/** What `export` decides, in-process: cluster choice, refusal, forced export. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baselineBuilder, TEST_CONTEXT } from '../shared/rules/test-support/builder.js';
import { exportDesign, resolveClusterId } from './commands/export-core.js';
import { CliError } from './errors.js';

function twoClusters() {
  const { b, vpc } = baselineBuilder();
  const second = b.cluster(vpc, { region: 'us-east-1', version: '1.35' }, 'second');
  b.managedNodeGroup(second);
  return b.build();
}

function thrown(fn: () => unknown): CliError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    return err as CliError;
  }
  throw new Error('expected a CliError');
}

const request = { force: false, file: 'd.eksdesign', ctx: TEST_CONTEXT };

describe('resolveClusterId', () => {
  it('leaves the choice to the exporter when there is one cluster and no --cluster', () => {
    expect(resolveClusterId(baselineBuilder().b.build(), request)).toBeUndefined();
  });

  it('asks for --cluster when the design has several', () => {
    const err = thrown(() => resolveClusterId(twoClusters(), request));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('d.eksdesign: the design has 2 clusters (demo-1, second); choose one with --cluster <name>');
  });

  it('finds a cluster by name or by part id', () => {
    const design = twoClusters();
    expect(resolveClusterId(design, { ...request, cluster: 'second' })).toBe('cluster-2');
    expect(resolveClusterId(design, { ...request, cluster: 'cluster-1' })).toBe('cluster-1');
  });

  it('names the clusters there are when --cluster matches none', () => {
    const err = thrown(() => resolveClusterId(twoClusters(), { ...request, cluster: 'prod' }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('d.eksdesign: no cluster named "prod"; its clusters are: demo-1, second');
  });

  it('asks for the part id when two clusters share the name', () => {
    const { b, vpc } = baselineBuilder();
    b.cluster(vpc, { region: 'us-east-1', version: '1.35' }, 'demo-1');
    const err = thrown(() => resolveClusterId(b.build(), { ...request, cluster: 'demo-1' }));
    expect(err.message).toBe('d.eksdesign: several clusters are named "demo-1"; pass the part id instead (cluster-1, cluster-2)');
  });
});

describe('exportDesign', () => {
  it('exports the chosen cluster of a multi-cluster design', () => {
    const { yaml } = exportDesign(twoClusters(), { ...request, force: true, cluster: 'second' });
    expect(parse(yaml).metadata.name).toBe('second');
  });

  it('refuses a design with errors with exit 1, listing each error', () => {
    // A cluster whose VPC keeps subnets in one AZ only breaks vpc.cluster-subnets-two-azs.
    const design = baselineBuilder().b.build();
    design.parts = design.parts.filter((p) => p.kind !== 'subnet' || p.props.availabilityZone === 'us-east-1a');
    const err = thrown(() => exportDesign(design, request));
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(
      /^d\.eksdesign: not exported: the design has \d+ error-level findings?; fix them, or pass --force/,
    );
    expect(err.detailLines('en').some((l) => /^ {2}error {3}vpc\.cluster-subnets-two-azs +EKS requires/.test(l))).toBe(true);

    const forced = exportDesign(design, { ...request, force: true });
    expect(forced.yaml).toContain('kind: ClusterConfig');
    expect(forced.warnings[0]).toMatch(/^eks-sandbox: warning: exported with \d+ error-level findings? because of --force$/);
    expect(forced.warnings.slice(1)).toEqual(err.detailLines('en'));
  });

  it('turns "nothing to export" into exit 1 with the exporter reason', () => {
    const err = thrown(() => exportDesign({ name: 'empty', description: '', parts: [], connections: [] }, request));
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^d\.eksdesign: cannot export: The design has no EKS cluster/);
  });
});
