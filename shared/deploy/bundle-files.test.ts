/**
 * The "done when", read from the files themselves: for every template and both languages, each file of
 * the bundle is valid by an outside oracle and the files agree with each other.
 * - cluster.yaml: eksctl's JSON schema.
 * - manifests/: every document parses; every object is valid for the cluster's own Kubernetes version
 *   (test-support/kubernetes-fields.ts, kubernetes-models) or Karpenter's CRDs; the names agree with cluster.yaml
 *   (service accounts and their IAM, namespaces, node groups, Karpenter role and discovery tag).
 * - helm/: every values file parses to a map and is the one its install command names.
 * - deploy.sh and DEPLOY.md name exactly the files the bundle has, and DEPLOY.md is written in its language.
 * The other deploy tests check the values against the charts, the scripts with bash, and the runbooks line by line.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, parseDocument } from 'yaml';
import { validateObjectFor } from '../../test-support/kubernetes-oracles.js';
import { validateEksctlConfig } from '../eksctl/schema-validator.js';
import type { ClusterConfig } from '../export/types.js';
import type { KubeObject, ManifestSet } from '../manifests/types.js';
import { crossNameProblems } from '../manifests/test-support/cross-names.js';
import { TEMPLATE_IDS, loadTemplate, templateBundle } from './test-support/templates.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe.each(TEMPLATE_IDS)('%s bundle files', (id) => {
  describe.each(['en', 'ja'] as const)('%s', (lang) => {
    const bundle = templateBundle(id, lang);
    const file = (path: string) => bundle.files.find((f) => f.path === path);
    const config = parseDocument(file('cluster.yaml')!.content, { version: '1.1' }).toJS() as ClusterConfig;
    const manifests = bundle.files.filter((f) => f.path.startsWith('manifests/'));
    const objects = (path: string) =>
      parseAllDocuments(file(path)!.content).map((d) => {
        expect(d.errors, path).toEqual([]);
        return d.toJS() as KubeObject;
      });

    it('has only files it knows: cluster.yaml, DEPLOY.md, deploy.sh, helm/*.values.yaml, manifests/**.yaml', () => {
      for (const f of bundle.files)
        expect(f.path).toMatch(
          /^(cluster\.yaml|DEPLOY\.md|deploy\.sh|helm\/[a-z0-9-]+\.values\.yaml|manifests\/[\w./-]+\.yaml)$/,
        );
      expect(manifests.length).toBeGreaterThan(0);
    });

    it("cluster.yaml passes eksctl's schema", () => {
      expect(validateEksctlConfig(config).errors).toEqual([]);
    });

    it(`every manifest object is valid for the cluster's Kubernetes version, and its names agree with cluster.yaml`, () => {
      const version = config.metadata.version!;
      const all = manifests.flatMap((f) => objects(f.path));
      expect(all.length).toBeGreaterThan(0);
      expect(all.flatMap(validateObjectFor(version))).toEqual([]);
      const set: ManifestSet = {
        clusterId: '',
        clusterName: config.metadata.name,
        kubernetesVersion: version,
        files: manifests.map((f) => ({ path: f.path, yaml: f.content, objects: objects(f.path) })),
        warnings: [],
        placeholders: [],
      };
      expect(crossNameProblems(loadTemplate(id), set, config)).toEqual([]);
    });

    it('every values file is a map that its Helm install names', () => {
      const script = file('deploy.sh')!.content;
      for (const f of bundle.files.filter((x) => x.path.startsWith('helm/'))) {
        const values: unknown = parse(f.content);
        expect(typeof values === 'object' && values !== null && !Array.isArray(values), f.path).toBe(true);
        expect(script, f.path).toContain(`--values ${f.path}`);
      }
    });

    it('deploy.sh and DEPLOY.md apply every manifest file and name no file the bundle lacks', () => {
      const paths = new Set(bundle.files.map((f) => f.path));
      for (const text of [file('deploy.sh')!.content, file('DEPLOY.md')!.content]) {
        const named = [...text.matchAll(/(?:^|[\s<`(])((?:manifests|helm)\/[\w./-]+\.yaml)/gm)].map((m) => m[1]!);
        expect(named.filter((p) => !paths.has(p))).toEqual([]);
        for (const m of manifests) expect(named, m.path).toContain(m.path);
        expect(text).toContain('cluster.yaml');
      }
    });

    it(`DEPLOY.md is written in ${lang === 'en' ? 'English' : 'Japanese'}`, () => {
      const md = file('DEPLOY.md')!.content;
      const prose = md.replace(/```[\s\S]*?```/g, '');
      if (lang === 'ja') expect(prose).toMatch(JAPANESE);
      else expect(prose).not.toMatch(JAPANESE);
    });
  });
});
