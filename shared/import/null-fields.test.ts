/**
 * eksctl decodes cluster.yaml through encoding/json, where a null field is the same as an absent one: real
 * configs carry `labels: null`, `iam: ~` or a key with nothing after it. Import must take them as absent,
 * not refuse the file.
 */
import { describe, expect, it } from 'vitest';
import { exportEksctlYaml } from '../export/index.js';
import { importEksctlYaml } from '../round-trip/index.js';
import { yamlValue } from '../../test-support/eksctl-fixtures.js';
import { withoutNullFields } from './check-config.js';

const HEAD = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: nulls, region: us-west-2, version: "1.35"}\n';
// What is left of the nulls: an empty vpc and ssh, which eksctl fills with the same defaults as absent ones.
const CLEAN =
  HEAD + 'vpc: {}\nmanagedNodeGroups:\n  - name: ng\n    instanceType: m7i.large\n    privateNetworking: true\n    ssh: {}\n';
const NULLS =
  HEAD +
  'iam: ~\nvpc:\n  nat:\n' +
  'managedNodeGroups:\n  - name: ng\n    instanceType: m7i.large\n    privateNetworking: true\n    labels: null\n    taints:\n    ssh: {publicKeyName: null}\n';

const exported = (text: string) => yamlValue(exportEksctlYaml(importEksctlYaml(text).document.design, { force: true }).yaml);

describe('null fields in an imported config', () => {
  it('import as if they were absent, and export the config without them', () => {
    expect(exported(NULLS)).toEqual(yamlValue(CLEAN));
  });

  it('leave list entries alone: a null node group is still refused, as eksctl refuses it', () => {
    expect(withoutNullFields({ a: null, b: [null, { c: null, d: 1 }] })).toEqual({ b: [null, { d: 1 }] });
    expect(() => importEksctlYaml(HEAD + 'nodeGroups:\n  -\n')).toThrow(/nodeGroups\[0\]/);
  });
});
