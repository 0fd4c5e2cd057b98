import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import { checkStructure } from '../model/integrity.js';
import { RuleRegistry } from '../rules/registry.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { designArb } from '../test-support/arbitraries.js';
import { buildClusterConfig } from './cluster-config.js';
import { exportEksctlYaml } from './export-yaml.js';

const NO_RULES = new RuleRegistry([]);

describe('export properties over generated designs', () => {
  it('the generator makes structurally sound designs with one cluster', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        expect(checkStructure(design)).toEqual([]);
        expect(design.parts.filter((p) => p.kind === 'cluster')).toHaveLength(1);
      }),
    );
  });

  it('every config passes eksctl’s schema, and exporting twice gives the same bytes', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        const config = buildClusterConfig(design);
        expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
        const first = exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry: NO_RULES });
        const second = exportEksctlYaml(structuredClone(design), { ctx: TEST_CONTEXT, registry: NO_RULES });
        expect(second.yaml).toBe(first.yaml);
        expect(first.config).toEqual(config);
      }),
    );
  });

  it('the YAML reads back as the same config with a YAML 1.1 parser, as eksctl reads it', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        const { yaml, config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry: NO_RULES });
        const doc = parseDocument(yaml, { version: '1.1' });
        expect(doc.errors).toEqual([]);
        expect(doc.toJS()).toEqual(config);
      }),
    );
  });

  it('the full rule catalog runs on every generated design without failing a rule', () => {
    fc.assert(
      fc.property(designArb(), (design) => {
        const { diagnostics } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
        expect(diagnostics.filter((d) => d.ruleId === 'design.rule-failed')).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
