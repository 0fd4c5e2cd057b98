import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { parseDesignValue } from '../model/document.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { exportEksctlYaml } from './export-yaml.js';
import { karpenterNodesCanJoin } from './karpenter-access.js';
import { eksctlSubnetSplit } from '../model/eksctl-subnet-split.js';
import { importEksctlYaml } from '../round-trip/index.js';

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);
const templateFiles = existsSync(TEMPLATES_DIR)
  ? readdirSync(TEMPLATES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

// Every template shipped in templates/*.json must export to a config eksctl's schema accepts. Rule
// findings are the templates' own tests' business, so export is forced here; the diagnostics are kept.
describe.runIf(templateFiles.length > 0)('exporting every template', () => {
  it.each(templateFiles)('%s exports to a valid, stable eksctl config', (file) => {
    const { design } = parseDesignValue(JSON.parse(readFileSync(new URL(file, TEMPLATES_DIR), 'utf8')));
    for (const cluster of design.parts.filter((p) => p.kind === 'cluster')) {
      const first = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true, clusterId: cluster.id });
      expect(formatEksctlErrors(validateEksctlConfig(first.config).errors)).toBe('');
      expect(first.config.metadata.name).toBe(cluster.name);
      const second = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true, clusterId: cluster.id });
      expect(second.yaml).toBe(first.yaml);
      const doc = parseDocument(first.yaml, { version: '1.1' });
      expect(doc.errors).toEqual([]);
      expect(doc.toJS()).toEqual(first.config);
    }
  });

  // What an EKS engineer runs as it is: Karpenter's nodes can join, and every placeholder says it is one.
  it.each(templateFiles)('%s: Karpenter nodes join, placeholders are commented', (file) => {
    const { design } = parseDesignValue(JSON.parse(readFileSync(new URL(file, TEMPLATES_DIR), 'utf8')));
    for (const cluster of design.parts.filter((p) => p.kind === 'cluster')) {
      const { config, yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true, clusterId: cluster.id });
      if (config.karpenter) expect(karpenterNodesCanJoin(config.accessConfig, config.metadata.name)).toBe(true);
      const lines = yaml.split('\n');
      lines.forEach((line, i) => {
        if (line.trim().startsWith('#') || !/111122223333|203\.0\.113\.|198\.51\.100\.|192\.0\.2\./.test(line)) return;
        expect(lines[i - 1], `line ${i + 1}: ${line}`).toMatch(/# Placeholder: /);
      });
    }
  });

  // eksctl creates the subnets of a VPC it builds and takes no CIDRs for them: a template draws exactly
  // the subnets eksctl will create, so the canvas shows what AWS will have and the import gives them back.
  it.each(templateFiles)('%s: draws the subnets eksctl creates, and export -> import -> export is exact', (file) => {
    const { design } = parseDesignValue(JSON.parse(readFileSync(new URL(file, TEMPLATES_DIR), 'utf8')));
    for (const cluster of design.parts.filter((p) => p.kind === 'cluster')) {
      const first = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true, clusterId: cluster.id });
      expect(first.config.vpc?.subnets).toBeUndefined();
      const zones = first.config.availabilityZones ?? [];
      const split = eksctlSubnetSplit(first.config.vpc!.cidr!, zones);
      if (!split.ok) throw new Error(`eksctl refuses the split of ${first.config.vpc!.cidr}`);
      const drawn = (parts: typeof design.parts) =>
        parts
          .flatMap((p) => (p.kind === 'subnet' ? [`${p.props.access} ${p.props.availabilityZone} ${p.props.cidr}`] : []))
          .sort();
      const expected = split.zones.flatMap((z) => [`public ${z.zone} ${z.public}`, `private ${z.zone} ${z.private}`]).sort();
      expect(drawn(design.parts)).toEqual(expected);
      const imported = importEksctlYaml(first.yaml).document.design;
      expect(drawn(imported.parts)).toEqual(expected);
      const again = exportEksctlYaml(imported, { ctx: TEST_CONTEXT, force: true });
      expect(again.config).toEqual(first.config);
    }
  });
});
