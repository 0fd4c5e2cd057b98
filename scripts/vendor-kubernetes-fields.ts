/**
 * Writes test-support/kubernetes-openapi/fields.json: for each Kubernetes version, the fields (name, type,
 * required) of every object type the manifests generator writes, as the official JavaScript client
 * (@kubernetes/client-node, Apache-2.0) generates them from that version's OpenAPI spec. kubernetes-models, the
 * other oracle, ships one schema (1.33) for every version; this file tells which fields each version has.
 *
 * Usage (each package unpacked with `npm pack @kubernetes/client-node@<ver>` and `tar xzf`):
 *   npx tsx scripts/vendor-kubernetes-fields.ts 1.27=/tmp/cn-0.19.0/package 1.28=... > test-support/kubernetes-openapi/fields.json
 * The header of each generated model names the spec it came from; the script refuses a package whose header
 * does not name the version it is given for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** apiVersion/kind -> the client's model name. Status is left out (the generator writes none) unless another type holds the kind. */
export const ROOTS: Record<string, string> = {
  'v1/Namespace': 'V1Namespace',
  'v1/ServiceAccount': 'V1ServiceAccount',
  'v1/Service': 'V1Service',
  'v1/PersistentVolumeClaim': 'V1PersistentVolumeClaim',
  'apps/v1/Deployment': 'V1Deployment',
  'apps/v1/StatefulSet': 'V1StatefulSet',
  'apps/v1/DaemonSet': 'V1DaemonSet',
  'batch/v1/Job': 'V1Job',
  'batch/v1/CronJob': 'V1CronJob',
  'autoscaling/v2/HorizontalPodAutoscaler': 'V2HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget': 'V1PodDisruptionBudget',
  'networking.k8s.io/v1/Ingress': 'V1Ingress',
  'networking.k8s.io/v1/IngressClass': 'V1IngressClass',
  'storage.k8s.io/v1/StorageClass': 'V1StorageClass',
};

interface Attribute {
  name: string;
  baseName: string;
  type: string;
}

/** One field as one version has it. */
interface Field {
  type: string;
  required: boolean;
}

function modelFile(pkg: string, model: string): { js: string; dts: string } {
  for (const dir of ['dist/gen/models', 'dist/gen/model']) {
    for (const name of [model, model[0]!.toLowerCase() + model.slice(1)]) {
      const js = join(pkg, dir, `${name}.js`);
      if (existsSync(js)) return { js, dts: js.replace(/\.js$/, '.d.ts') };
    }
  }
  throw new Error(`${pkg}: no model ${model}`);
}

/** Model names a type string refers to: `Array<V1Container>`, `{ [key: string]: V1X; }`, `V1PodSpec`. */
function referenced(type: string): string[] {
  return [...type.matchAll(/\b([A-Z][A-Za-z0-9]*V[0-9][A-Za-z0-9]*|V[0-9][A-Za-z0-9]*)\b/g)].map((m) => m[1]!);
}

async function fieldsOf(pkg: string, version: string): Promise<Record<string, Record<string, Field>>> {
  const types: Record<string, Record<string, Field>> = {};
  const queue = Object.values(ROOTS);
  // A root some other type also contains (a StatefulSet's volumeClaimTemplates are PersistentVolumeClaims) keeps
  // its status: that type has one shape, the one it has inside the other.
  const nested = new Set<string>();
  const withStatus = new Set<string>();
  for (;;) {
    if (queue.length === 0) {
      const again = [...nested].filter((m) => ROOTS_BY_MODEL.has(m) && !withStatus.has(m));
      if (again.length === 0) break;
      for (const m of again) {
        withStatus.add(m);
        delete types[m];
        queue.push(m);
      }
    }
    const model = queue.shift()!;
    if (types[model]) continue;
    const { js, dts } = modelFile(pkg, model);
    const source = readFileSync(js, 'utf8');
    const header = /(?:OpenAPI spec version|version of the OpenAPI document): (?:release-|v)?(\d+\.\d+)/.exec(source);
    if (header?.[1] !== version) throw new Error(`${js} was generated from ${header?.[1] ?? '?'}, not ${version}`);
    const mod = (await import(pathToFileURL(js).href)) as Record<string, { attributeTypeMap: Attribute[] }>;
    const cls = mod[model] ?? (mod.default as unknown as Record<string, { attributeTypeMap: Attribute[] }>)[model]!;
    const declarations = readFileSync(dts, 'utf8');
    const fields: Record<string, Field> = {};
    for (const a of cls.attributeTypeMap) {
      if (ROOTS_BY_MODEL.has(model) && !withStatus.has(model) && a.baseName === 'status') continue;
      const required = new RegExp(`'${a.name}': `).test(declarations);
      fields[a.baseName] = { type: a.type, required };
      for (const r of referenced(a.type)) {
        if (r === 'IntOrString') continue;
        nested.add(r);
        queue.push(r);
      }
    }
    types[model] = fields;
  }
  return types;
}

const ROOTS_BY_MODEL = new Map(Object.values(ROOTS).map((m) => [m, m]));

/**
 * Compact form: type -> field -> variants, each a {type, required} and the versions that have it (left out when
 * every version does).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).map((a) => a.split('=') as [string, string]);
  const versions = args.map(([v]) => v);
  const perVersion = await Promise.all(args.map(([v, pkg]) => fieldsOf(pkg, v)));
  const out: Record<string, Record<string, { type: string; required?: true; versions?: string[] }[]>> = {};
  const names = [...new Set(perVersion.flatMap((t) => Object.keys(t)))].sort();
  for (const name of names) {
    const fields = [...new Set(perVersion.flatMap((t) => Object.keys(t[name] ?? {})))].sort();
    const entry: Record<string, { type: string; required?: true; versions?: string[] }[]> = {};
    for (const field of fields) {
      const variants = new Map<string, { type: string; required?: true; versions: string[] }>();
      perVersion.forEach((t, i) => {
        const f = t[name]?.[field];
        if (!f) return;
        const key = `${f.type}|${f.required}`;
        const v = variants.get(key) ?? { type: f.type, ...(f.required ? { required: true as const } : {}), versions: [] };
        v.versions.push(versions[i]!);
        variants.set(key, v);
      });
      entry[field] = [...variants.values()].map((v) =>
        v.versions.length === versions.length ? { type: v.type, ...(v.required ? { required: true } : {}) } : v,
      );
    }
    out[name] = entry;
  }
  // One type a line: small, and a diff shows which type changed.
  const lines = Object.entries(out).map(([name, fields]) => `    ${JSON.stringify(name)}: ${JSON.stringify(fields)}`);
  process.stdout.write(
    `{\n  "versions": ${JSON.stringify(versions)},\n  "roots": ${JSON.stringify(ROOTS)},\n  "types": {\n${lines.join(',\n')}\n  }\n}\n`,
  );
}

await main();
