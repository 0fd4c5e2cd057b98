import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildClusterConfig } from '../export/index.js';
import { validateDesign } from '../rules/engine.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { generateManifests } from './index.js';
import { manifestDesignArb } from './test-support/arbitraries.js';
import { crossNameProblems } from './test-support/cross-names.js';
import { validateObjectFor } from '../../test-support/kubernetes-oracles.js';

/** Cross-name problems a design can have, with the rule that refuses such a design. */
const EXPLAINED: readonly [string, string][] = [['relies on EKS Pod Identity', 'sec.pod-identity-agent']];

describe('manifests of generated designs', () => {
  it('are valid Kubernetes/Karpenter objects, parse back from their YAML and agree with cluster.yaml', () => {
    fc.assert(
      fc.property(manifestDesignArb(), fc.constantFrom('en', 'ja' as const), (design, lang) => {
        const set = generateManifests(design, { lang });
        const objects = set.files.flatMap((f) => f.objects);
        const cluster = design.parts.find((p) => p.kind === 'cluster')!;
        expect(objects.flatMap(validateObjectFor((cluster.props as { version: string }).version))).toEqual([]);
        for (const file of set.files) {
          expect(file.path).toMatch(/^manifests\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)?\.yaml$/);
          expect(parseAllDocuments(file.yaml).map((d) => d.toJS() as unknown)).toEqual(file.objects);
        }
        expect(new Set(set.files.map((f) => f.path)).size).toBe(set.files.length);
        // A name that disagrees is allowed only where a rule already stops the export with an error.
        const problems = crossNameProblems(design, set, buildClusterConfig(design));
        if (problems.length > 0) {
          const errors = new Set(
            validateDesign(design, TEST_CONTEXT)
              .filter((d) => d.severity === 'error')
              .map((d) => d.ruleId),
          );
          expect(problems.filter((p) => !EXPLAINED.some(([text, rule]) => p.includes(text) && errors.has(rule)))).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
