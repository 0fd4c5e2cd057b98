/** Design files for command-line tests, built through the model so they stay valid as it evolves. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDesignValue, serializeDesign, toDocument } from '../../shared/model/document.js';
import { baselineBuilder, DesignBuilder } from '../../shared/rules/test-support/builder.js';

/** A design that breaks an error-level rule: the cluster's subnets are all in one Availability Zone. */
export function oneAzDesignText(): string {
  const b = new DesignBuilder('one AZ');
  const vpc = b.vpc({ cidr: '10.0.0.0/16' });
  b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
  b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
  const cluster = b.cluster(vpc, { region: 'us-east-1', version: '1.35' });
  b.managedNodeGroup(cluster);
  return serializeDesign(toDocument(b.build()));
}

/**
 * The one-AZ design with its three errors accepted: two by suppressions on the cluster (one expiring on
 * 2027-01-01), one by a suppression on the design as a whole.
 */
export function suppressedDesignText(): string {
  const design = JSON.parse(oneAzDesignText()) as { design: { parts: { id: string }[] } & Record<string, unknown> };
  const cluster = design.design.parts.find((p) => p.id === 'cluster-1')! as Record<string, unknown>;
  cluster.suppressions = [
    { ruleId: 'vpc.cluster-subnets-two-azs', reason: 'lab cluster, one AZ on purpose', expires: '2027-01-01' },
    { ruleId: 'eksctl.private-nodegroup-subnets', reason: 'second subnet is added by the network team' },
  ];
  design.design.suppressions = [{ ruleId: 'eksctl.subnet-count', reason: 'subnets come from the network team' }];
  return serializeDesign(parseDesignValue(design));
}

/** The clean baseline design of the rule tests. */
export function baselineDesignText(): string {
  return serializeDesign(toDocument(baselineBuilder().b.build()));
}

export async function writeText(dir: string, name: string, text: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}
