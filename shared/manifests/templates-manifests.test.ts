import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { buildClusterConfig } from '../export/index.js';
import { generateManifests, manifestsYaml } from './index.js';
import { validateObjectFor } from '../../test-support/kubernetes-oracles.js';
import { crossNameProblems } from './test-support/cross-names.js';

describe('manifests of the six templates', () => {
  for (const template of TEMPLATES) {
    describe(template.id, () => {
      const design = loadTemplate(template.id).design;
      const set = generateManifests(design);

      it("validates every object against the Kubernetes OpenAPI schema of the cluster's version or the Karpenter CRD", () => {
        const objects = set.files.flatMap((f) => f.objects);
        expect(objects.length).toBeGreaterThan(0);
        const cluster = design.parts.find((p) => p.kind === 'cluster')!;
        expect(objects.flatMap(validateObjectFor((cluster.props as { version: string }).version))).toEqual([]);
      });

      it('writes YAML that parses back to exactly the objects, in both languages', () => {
        for (const lang of ['en', 'ja'] as const) {
          for (const file of generateManifests(design, { lang }).files) {
            const docs = parseAllDocuments(file.yaml);
            expect(docs.every((d) => d.errors.length === 0)).toBe(true);
            expect(docs.map((d) => d.toJS() as unknown)).toEqual(file.objects);
          }
        }
      });

      it('agrees with cluster.yaml on names: service accounts, IAM, namespaces, Karpenter role and tag', () => {
        expect(crossNameProblems(design, set, buildClusterConfig(design))).toEqual([]);
      });

      it('has no warning and no error-level finding left to explain', () => {
        expect(set.warnings).toEqual([]);
      });

      it('is deterministic', () => {
        expect(manifestsYaml(generateManifests(design))).toBe(manifestsYaml(set));
      });
    });
  }
});
