/** The eksctl example configs of shared/eksctl/test-fixtures, as the import tests read them (Node-side, so not in shared/). */
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const FIXTURES = new URL('../shared/eksctl/test-fixtures/', import.meta.url);

export const FIXTURE_NAMES = readdirSync(FIXTURES)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** A YAML text as eksctl reads it (YAML 1.1), for comparing configs. */
export function yamlValue(text: string): unknown {
  return parseDocument(text, { version: '1.1' }).toJS();
}

/** Invalid on purpose: the path the import error must name, the text of the line it must point at, and its message. */
export const MEANT_TO_FAIL: Record<string, { path: string; at: RegExp; message: RegExp }> = {
  'bad-field-1.yaml': { path: 'metadata.zone', at: /^\s*zone:/, message: /unknown field "zone"/ },
  'bad-field-2.yaml': { path: 'nodeGroups[0].iam.withAddonPolicies.foo', at: /^\s*foo:/, message: /unknown field "foo"/ },
  'bad-type-1.yaml': { path: 'metadata.version', at: /^\s*version:/, message: /quote it/ },
  'managed-nodegroup-with-container-runtime.yaml': {
    path: 'managedNodeGroups[0].containerRuntime',
    at: /^\s*containerRuntime:/,
    message: /unknown field "containerRuntime"/,
  },
  'bad-field-1.json': { path: 'apiVersion', at: /"apiVersion"/, message: /eksctl\.io\/v1alpha3/ },
  'old-version.json': { path: 'apiVersion', at: /"apiVersion"/, message: /eksctl\.io\/v1alpha3/ },
  // eksctl's own test expects "invalid ClusterConfig: nodeGroups[1] is not set" (cmdutils configfile_test.go).
  'unset-nodegroups.yaml': { path: 'nodeGroups[1]', at: /^\s*-\s*$/, message: /nodeGroups\[1\] is not set/ },
};

/** eksctl's integration harness adds metadata.region to these; on their own they lack it. */
export const NO_REGION = [
  'cloudwatch-cluster.yaml',
  'cluster-config.yaml',
  'kms-subnet-cluster.yaml',
  'local-zones.yaml',
  'managed-nodegroup-with-labels.yaml',
  'scale-nodegroups.yaml',
  'taints-max-pods.yaml',
];

/** 1-based line of the first line of `text` matching `pattern`. */
export function lineOf(text: string, pattern: RegExp): number {
  return text.split('\n').findIndex((l) => pattern.test(l)) + 1;
}
