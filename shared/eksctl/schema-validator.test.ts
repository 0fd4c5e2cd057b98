import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { GENERATED_VALIDATOR_PATH, generateValidatorSource } from './generate-validator.js';
import { patchEksctlSchema } from './schema-patches.js';
import { EKSCTL_SCHEMA } from './schema.js';
import { errorText, renderErrorText } from '../errors/localized.js';
import { formatEksctlErrors, validateEksctlConfig } from './schema-validator.js';
import { FIXTURE_NAMES as fixtureNames, fixtureText, NO_REGION } from '../../test-support/eksctl-fixtures.js';

/** Parses a fixture the way eksctl reads it: YAML 1.1 (sigs.k8s.io/yaml), a single document. */
function loadFixture(name: string): unknown {
  const text = fixtureText(name);
  const doc = parseDocument(text, { version: '1.1' });
  if (doc.errors.length > 0) throw new Error(`${name}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS();
}

/** Invalid on purpose, with the field each error must name (eksctl's own tests expect these to fail). */
const MEANT_TO_FAIL: Record<string, string[]> = {
  'bad-field-1.yaml': ['metadata.zone'],
  'bad-field-2.yaml': ['nodeGroups[0].iam.withAddonPolicies.foo', 'nodeGroups[0].iam.withAddonPolicies.bar'],
  'bad-type-1.yaml': ['metadata.version'],
  'managed-nodegroup-with-container-runtime.yaml': ['managedNodeGroups[0].containerRuntime'],
  'bad-field-1.json': ['apiVersion', 'nodeGroups[0].nodes'],
  'old-version.json': ['apiVersion'],
  // An empty node group entry: eksctl's loader refuses it ("nodeGroups[1] is not set"); the importer says so first
  // (shared/import/check-config.ts), and the schema (patch 6: a node group is an object) agrees.
  'unset-nodegroups.yaml': ['nodeGroups[1]'],
};

describe('validateEksctlConfig on the upstream eksctl examples', () => {
  it('has all 78 upstream files', () => {
    expect(fixtureNames).toHaveLength(78);
    for (const name of [...Object.keys(MEANT_TO_FAIL), ...NO_REGION]) expect(fixtureNames).toContain(name);
  });

  const valid = fixtureNames.filter((f) => !(f in MEANT_TO_FAIL) && !NO_REGION.includes(f));
  it.each(valid)('accepts %s', (name) => {
    const result = validateEksctlConfig(loadFixture(name));
    expect(formatEksctlErrors(result.errors)).toBe('');
    expect(result.valid).toBe(true);
  });

  it.each(Object.entries(MEANT_TO_FAIL))('rejects %s and names the field', (name, paths) => {
    const result = validateEksctlConfig(loadFixture(name));
    expect(result.valid).toBe(false);
    const reported = result.errors.map((e) => e.path);
    for (const path of paths) expect(reported).toContain(path);
  });

  it.each(NO_REGION)('rejects %s only for its missing metadata.region', (name) => {
    const result = validateEksctlConfig(loadFixture(name));
    expect(result).toMatchObject({
      valid: false,
      errors: [{ path: 'metadata.region', message: 'missing required field "region"' }],
    });
  });
});

describe('the precompiled validator', () => {
  it('is up to date with schema.json and the patches (run npm run generate:eksctl-validator if not)', () => {
    const committed = readFileSync(new URL(`../../${GENERATED_VALIDATOR_PATH}`, import.meta.url), 'utf8');
    expect(committed === generateValidatorSource()).toBe(true);
  });
});

describe('validateEksctlConfig messages', () => {
  const base = { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'c', region: 'us-east-1' } };

  it('accepts amiFamily and ipFamily in any letter case, as eksctl does, and names the values when neither fits', () => {
    const lower = validateEksctlConfig({
      ...base,
      kubernetesNetworkConfig: { ipFamily: 'ipv6' },
      managedNodeGroups: [{ name: 'a', amiFamily: 'bottlerocket' }],
      nodeGroups: [{ name: 'b', amiFamily: 'AMAZONLINUX2023' }],
    });
    expect(lower).toEqual({ valid: true, errors: [] });
    const bad = validateEksctlConfig({ ...base, kubernetesNetworkConfig: { ipFamily: 'ipv5' } });
    expect(bad.errors).toMatchObject([
      { path: 'kubernetesNetworkConfig.ipFamily', message: 'must be one of "IPv4", "IPv6" (in any letter case)' },
    ]);
  });

  it('reports unknown fields, wrong types and bad enum values with readable paths', () => {
    const result = validateEksctlConfig({
      ...base,
      metadata: { ...base.metadata, zone: 'eu-north-1a', version: 1.3 },
      managedNodeGroups: [{ name: 'ng', instanceTypes: 'm5.large' }],
      vpc: { nat: { gateway: 'Double' }, subnets: { private: { 'us-east-1a': { cidr: 10 } } } },
    });
    expect(result.valid).toBe(false);
    expect(result.errors.map(({ path, message }) => ({ path, message }))).toEqual(
      expect.arrayContaining([
        { path: 'metadata.zone', message: 'unknown field "zone"' },
        { path: 'metadata.version', message: 'must be string' },
        { path: 'managedNodeGroups[0].instanceTypes', message: 'must be array' },
        { path: 'vpc.nat.gateway', message: 'must be one of "HighlyAvailable", "Single", "Disable"' },
        { path: 'vpc.subnets.private.us-east-1a.cidr', message: 'must be string' },
      ]),
    );
    expect(result.errors).toHaveLength(5);
  });

  it('quotes keys that are not plain identifiers', () => {
    const result = validateEksctlConfig({ ...base, managedNodeGroups: [{ name: 'ng', labels: { 'example.com/role': 3 } }] });
    expect(result.errors).toMatchObject([{ path: 'managedNodeGroups[0].labels["example.com/role"]', message: 'must be string' }]);
  });

  it('reports a root that is not an object', () => {
    expect(validateEksctlConfig('hello').errors).toMatchObject([{ path: '', message: 'must be object' }]);
    expect(formatEksctlErrors(validateEksctlConfig(null).errors)).toBe('must be object');
  });
});

describe('schema quirk patches', () => {
  const base = { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'c', region: 'us-west-2' } };
  const identityProvider = {
    ...base,
    identityProviders: [{ type: 'oidc', name: 'p', issuerURL: 'https://issuer.example.com', clientID: 'id' }],
  };
  const remoteNetwork = { ...base, remoteNetworkConfig: { remoteNodeNetworks: [{ cidrs: ['10.80.146.0/24'] }] } };
  const taintMap = { ...base, nodeGroups: [{ name: 'ng', taints: { key1: 'val1:NoSchedule' } }] };
  // A Spot group whose types the instance selector gives: eksctl fills instancesDistribution.instanceTypes in.
  const selectorSpot = {
    ...base,
    nodeGroups: [
      {
        name: 'ng',
        instanceSelector: { vCPUs: 4, memory: '16' },
        instancesDistribution: { onDemandPercentageAboveBaseCapacity: 0, spotAllocationStrategy: 'price-capacity-optimized' },
      },
    ],
  };

  // Enums eksctl reads "" in as "not set": what `eksctl create cluster --dry-run` prints (supportType: "")
  // and the two others whose "" eksctl turns into its default (NAT Single, IPv4).
  const emptyEnums = [
    { ...base, upgradePolicy: { supportType: '' } },
    { ...base, vpc: { nat: { gateway: '' } } },
    { ...base, kubernetesNetworkConfig: { ipFamily: '' } },
  ];

  it('the unpatched upstream schema rejects what eksctl accepts (so each patch is needed)', () => {
    const upstream = new Ajv({ strict: false, allErrors: true }).compile(EKSCTL_SCHEMA);
    expect(upstream(identityProvider)).toBe(false);
    expect(upstream(remoteNetwork)).toBe(false);
    expect(upstream(taintMap)).toBe(false);
    expect(upstream(selectorSpot)).toBe(false);
    for (const config of emptyEnums) expect(upstream(config)).toBe(false);
  });

  it('the patched schema accepts them', () => {
    expect(validateEksctlConfig(identityProvider).valid).toBe(true);
    expect(validateEksctlConfig(remoteNetwork).valid).toBe(true);
    expect(validateEksctlConfig(taintMap).valid).toBe(true);
    expect(validateEksctlConfig(selectorSpot).valid).toBe(true);
    for (const config of emptyEnums) expect(validateEksctlConfig(config)).toEqual({ valid: true, errors: [] });
  });

  it('accepts "" only where eksctl reads it as not set, and does not offer it as a value', () => {
    expect(validateEksctlConfig({ ...base, managedNodeGroups: [{ name: 'ng', volumeType: '' }] }).valid).toBe(false);
    expect(validateEksctlConfig({ ...base, upgradePolicy: { supportType: 'standard' } }).errors).toMatchObject([
      { path: 'upgradePolicy.supportType', message: 'must be one of "STANDARD", "EXTENDED"' },
    ]);
    expect(validateEksctlConfig({ ...base, kubernetesNetworkConfig: { ipFamily: 'dual' } }).errors).toMatchObject([
      { path: 'kubernetesNetworkConfig.ipFamily', message: 'must be one of "IPv4", "IPv6" (in any letter case)' },
    ]);
  });

  it('patches a copy and leaves the vendored schema untouched', () => {
    const before = JSON.stringify(EKSCTL_SCHEMA);
    const patched = patchEksctlSchema(EKSCTL_SCHEMA);
    expect(JSON.stringify(EKSCTL_SCHEMA)).toBe(before);
    expect(patched.definitions['RemoteNetworkConfig']!.required).toEqual(['remoteNodeNetworks']);
    expect(EKSCTL_SCHEMA.definitions['RemoteNetworkConfig']!.required).toContain('vpcGatewayID');
  });

  it('still rejects what eksctl rejects around the patches', () => {
    // A wrong provider type, a missing required OIDC field, and taints in map form on a managed node group.
    expect(
      validateEksctlConfig({
        ...identityProvider,
        identityProviders: [{ ...identityProvider.identityProviders[0], type: 'saml' }],
      }).valid,
    ).toBe(false);
    expect(
      validateEksctlConfig({ ...base, identityProviders: [{ type: 'oidc', name: 'p', clientID: 'id' }] }).errors,
    ).toContainEqual({
      reason: errorText('schema.required', { field: 'issuerURL' }),
      path: 'identityProviders[0].issuerURL',
      message: 'missing required field "issuerURL"',
    });
    expect(validateEksctlConfig({ ...base, remoteNetworkConfig: { vpcGatewayID: 'tgw-1' } }).errors).toMatchObject([
      { path: 'remoteNetworkConfig.remoteNodeNetworks', message: 'missing required field "remoteNodeNetworks"' },
    ]);
    expect(
      validateEksctlConfig({ ...base, managedNodeGroups: [{ name: 'ng', taints: { key1: 'val1:NoSchedule' } }] }).errors,
    ).toMatchObject([{ path: 'managedNodeGroups[0].taints', message: 'must be array' }]);
  });

  it('keeps the coded reason in a copy of an issue, so the copy still reads in Japanese', () => {
    const [issue] = validateEksctlConfig({ ...base, metadata: { ...base.metadata, zone: 'eu-north-1a' } }).errors;
    const copy = { ...issue!, path: `cluster.yaml: ${issue!.path}` };
    expect(copy.reason).toEqual(errorText('schema.unknown-field', { field: 'zone' }));
    expect(renderErrorText(copy.reason, 'ja')).toBe('不明なフィールド「zone」があります');
    expect(JSON.parse(JSON.stringify(copy))).toEqual(copy);
  });

  it('explains a bad taint through the form that matched, not both forms', () => {
    // The schema types the effect as a plain string (eksctl checks the value itself), so use a misspelled field.
    const listForm = validateEksctlConfig({ ...base, nodeGroups: [{ name: 'ng', taints: [{ key: 'k', efect: 'NoSchedule' }] }] });
    expect(listForm.errors).toMatchObject([{ path: 'nodeGroups[0].taints[0].efect', message: 'unknown field "efect"' }]);
    const mapForm = validateEksctlConfig({ ...base, nodeGroups: [{ name: 'ng', taints: { k: 1 } }] });
    expect(mapForm.errors).toMatchObject([{ path: 'nodeGroups[0].taints.k', message: 'must be string' }]);
    const neither = validateEksctlConfig({ ...base, nodeGroups: [{ name: 'ng', taints: 'k=v:NoSchedule' }] });
    expect(neither.errors).toMatchObject([
      { path: 'nodeGroups[0].taints', message: 'must be a list of taints or a map of key to "value:Effect"' },
    ]);
  });
});
