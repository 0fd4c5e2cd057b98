/**
 * Which schema validates the manifests of which cluster version.
 *
 * Every object is checked twice: against kubernetes-models 4.5.1 (Kubernetes 1.33's schemas: types, enums,
 * formats; unknown fields let through), and strictly against the fields of the target version's own OpenAPI
 * spec (test-support/kubernetes-fields.ts: no field that version lacks, types, required fields; 1.27–1.36 from
 * the official client's models, 1.31 and 1.35 from the fields both neighbours have). Versions older than 1.27
 * (imported cluster.yaml files) are covered below by path, against the versions the Kubernetes docs give, and
 * every apiVersion/kind against the removal list of the deprecated-API migration guide.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import type { Design } from '../model/design.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { validateObject, validateObjectFor } from '../../test-support/kubernetes-oracles.js';
import { generateManifests } from './index.js';
import { atLeast, SERVED_APIS, servesApi } from './kubernetes-apis.js';
import type { KubeObject } from './types.js';
import { manifestDesignArb } from './test-support/arbitraries.js';

/** API versions the deprecation guide lists as removed, with the release that removed them. */
const REMOVED_APIS: readonly [string, string, string][] = [
  ['extensions/v1beta1', 'Ingress', '1.22'],
  ['networking.k8s.io/v1beta1', 'Ingress', '1.22'],
  ['batch/v1beta1', 'CronJob', '1.25'],
  ['policy/v1beta1', 'PodDisruptionBudget', '1.25'],
  ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.25'],
  ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26'],
];

/** Version-gated fields found in an object, by path (names as in the Kubernetes API reference). */
function gatedFieldsIn(o: KubeObject): { field: string; since: string }[] {
  const found: { field: string; since: string }[] = [];
  const spec = o.spec as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (o.kind === 'CronJob' && spec?.timeZone !== undefined) found.push({ field: 'CronJob timeZone', since: '1.25' });
  const podSpec = o.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template?.spec : spec?.template?.spec;
  for (const c of (podSpec?.topologySpreadConstraints ?? []) as Record<string, unknown>[]) {
    if (c.matchLabelKeys !== undefined) found.push({ field: 'matchLabelKeys', since: '1.27' });
    if (c.minDomains !== undefined) found.push({ field: 'minDomains', since: '1.27' });
    if (c.nodeAffinityPolicy !== undefined || c.nodeTaintsPolicy !== undefined)
      found.push({ field: 'node inclusion policies', since: '1.26' });
  }
  return found;
}

function withVersion(design: Design, version: string): Design {
  const copy = structuredClone(design);
  for (const part of copy.parts) if (part.kind === 'cluster') (part.props as { version: string }).version = version;
  return copy;
}

const CALENDAR = KUBERNETES_VERSION_CALENDAR.versions.map((v) => v.version);

describe(`manifests for each calendar version (${CALENDAR.at(-1)}–${CALENDAR[0]}), checked against that version's schema`, () => {
  for (const version of CALENDAR) {
    it(`Kubernetes ${version}: every object valid for ${version}'s OpenAPI spec, served by ${version}, no field newer than ${version}`, () => {
      for (const t of TEMPLATES) {
        const set = generateManifests(withVersion(loadTemplate(t.id).design, version));
        const objects = set.files.flatMap((f) => f.objects);
        expect(objects.flatMap(validateObjectFor(version)), t.id).toEqual([]);
        for (const o of objects) {
          if (o.apiVersion.startsWith('karpenter.')) continue; // CRDs: served by the Karpenter chart, not the API server
          expect(servesApi(version, o.apiVersion, o.kind), `${t.id} ${o.apiVersion} ${o.kind}`).toBe(true);
          const removed = REMOVED_APIS.find(([api, kind]) => api === o.apiVersion && kind === o.kind);
          expect(removed, `${t.id} ${o.apiVersion} ${o.kind}`).toBeUndefined();
          for (const g of gatedFieldsIn(o)) expect(atLeast(version, g.since), `${t.id} ${o.kind} ${g.field}`).toBe(true);
        }
        expect(set.warnings, t.id).toEqual([]);
      }
    });
  }

  it('uses the gated fields where the version has them (so the check above is not vacuous)', () => {
    const objects = (v: string) =>
      TEMPLATES.flatMap((t) => generateManifests(withVersion(loadTemplate(t.id).design, v)).files.flatMap((f) => f.objects));
    const fields = new Set(
      objects('1.27')
        .flatMap(gatedFieldsIn)
        .map((g) => g.field),
    );
    expect([...fields].sort()).toEqual(['CronJob timeZone', 'matchLabelKeys']);
  });
});

describe('manifests of generated designs on every calendar version', () => {
  it("validate against the OpenAPI spec of the design's version", () => {
    fc.assert(
      fc.property(manifestDesignArb(), fc.constantFrom(...CALENDAR), (design, version) => {
        const objects = generateManifests(withVersion(design, version)).files.flatMap((f) => f.objects);
        expect(objects.flatMap(validateObjectFor(version))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a cluster older than the calendar (an imported cluster.yaml)', () => {
  const batch = loadTemplate('batch-processing').design;
  const web = loadTemplate('microservices').design;

  it('leaves out the fields the version lacks, and says so in the language asked for', () => {
    const set = generateManifests(withVersion(web, '1.26'));
    const objects = set.files.flatMap((f) => f.objects);
    expect(objects.flatMap(gatedFieldsIn)).toEqual([]);
    expect(objects.flatMap(validateObject)).toEqual([]);
    expect(set.warnings.map((w) => w.message).join('\n')).toMatch(/Kubernetes 1\.26 has no .*matchLabelKeys \(it needs 1\.27/);
    const ja = generateManifests(withVersion(web, '1.26'), { lang: 'ja' });
    expect(ja.warnings[0]!.message).toMatch(/Kubernetes 1\.26 には .*matchLabelKeys がない（1\.27 以降が必要）/);
    const cron = generateManifests(withVersion(batch, '1.24'));
    expect(cron.files.flatMap((f) => f.objects).flatMap(gatedFieldsIn)).toEqual([]);
    expect(cron.warnings.map((w) => w.message).join('\n')).toMatch(/CronJob spec\.timeZone \(it needs 1\.25/);
  });

  it('warns once per API the version does not serve', () => {
    const set = generateManifests(withVersion(web, '1.22'));
    const unserved = set.warnings.filter((w) => w.message.includes('does not serve'));
    expect(unserved.map((w) => w.message)).toEqual([
      'Kubernetes 1.22 does not serve autoscaling/v2 HorizontalPodAutoscaler (served from 1.23); upgrade the cluster before applying these manifests.',
    ]);
  });

  it('lists in its table every apiVersion/kind the generator writes', () => {
    const written = new Set(
      TEMPLATES.flatMap((t) => generateManifests(loadTemplate(t.id).design).files.flatMap((f) => f.objects))
        .filter((o) => !o.apiVersion.startsWith('karpenter.'))
        .map((o) => `${o.apiVersion} ${o.kind}`),
    );
    const listed = new Set(SERVED_APIS.map((a) => `${a.apiVersion} ${a.kind}`));
    expect([...written].filter((w) => !listed.has(w))).toEqual([]);
  });
});
