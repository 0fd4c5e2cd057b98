/** Design files for command-line tests, built through the model so they stay valid as it evolves. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeDesign, toDocument } from '../../shared/model/document.js';
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

/** The clean baseline design of the rule tests. */
export function baselineDesignText(): string {
  return serializeDesign(toDocument(baselineBuilder().b.build()));
}

export async function writeText(dir: string, name: string, text: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}
