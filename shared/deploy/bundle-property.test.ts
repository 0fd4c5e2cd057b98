/**
 * Bundles of generated designs: whatever the design, the ExternalDNS and Cilium values pass their chart's schema, every
 * controller's service account has the IAM cluster.yaml grants it, the files are deterministic, and
 * deploy.sh parses as bash.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ciliumValuesProblems } from '../../test-support/cilium-values.js';
import { exportEksctlYaml } from '../export/export-yaml.js';
import { RuleRegistry } from '../rules/registry.js';
import { TEST_CONTEXT } from '../rules/test-support/builder.js';
import { designArb } from '../test-support/arbitraries.js';
import { deploymentBundle } from './deployment-bundle.js';

const NO_RULES = new RuleRegistry([]);
const validateExternalDns = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync(new URL('charts/external-dns.values.schema.json', import.meta.url), 'utf8')) as object,
);

describe('bundles of generated designs', () => {
  it('are consistent with cluster.yaml, deterministic and valid', () => {
    const scripts = new Set<string>();
    const seen = new Set<string>();
    fc.assert(
      fc.property(designArb(), fc.constantFrom('en' as const, 'ja' as const), (design, lang) => {
        const { yaml, config } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, registry: NO_RULES });
        const first = deploymentBundle(design, { lang, clusterYaml: yaml });
        expect(deploymentBundle(structuredClone(design), { lang, clusterYaml: yaml })).toEqual(first);
        for (const c of first.plan.controllers) {
          seen.add(c.id);
          if (c.id === 'external-dns')
            expect(validateExternalDns(c.values), JSON.stringify(validateExternalDns.errors)).toBe(true);
          if (c.id === 'cilium') {
            const written = first.files.find((f) => f.path === 'helm/cilium.values.yaml')!;
            expect(ciliumValuesProblems(parse(written.content) as Record<string, unknown>, config.metadata.version)).toEqual([]);
          }
          const sa = c.serviceAccount;
          if (!sa || c.id === 'karpenter') continue;
          if (sa.iam === 'irsa')
            expect(config.iam?.serviceAccounts?.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toContain(
              `${c.namespace}/${sa.name}`,
            );
          if (sa.iam === 'pod-identity')
            expect(config.iam?.podIdentityAssociations?.map((a) => `${a.namespace}/${a.serviceAccountName}`)).toContain(
              `${c.namespace}/${sa.name}`,
            );
        }
        const paths = first.files.map((f) => f.path);
        expect(new Set(paths).size).toBe(paths.length);
        scripts.add(first.files.find((f) => f.path === 'deploy.sh')!.content);
      }),
      { numRuns: 60 },
    );
    // The generator reaches the controllers that call AWS, so the IAM checks above ran, and Cilium (hybrid nodes).
    expect([...seen]).toEqual(
      expect.arrayContaining(['aws-load-balancer-controller', 'external-dns', 'cluster-autoscaler', 'cilium']),
    );
    // bash once per distinct script (spawning a shell per run would make the property slow).
    for (const script of scripts) {
      const r = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});
