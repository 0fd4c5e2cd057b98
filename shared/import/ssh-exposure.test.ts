/**
 * SSH exposure of imported node groups: port 22 is open to the internet exactly when eksctl would open it
 * to 0.0.0.0/0, so ng.ssh-open neither misses a key-only config nor flags one eksctl narrows.
 */
import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../round-trip/index.js';

function sshOf(group: string, managed = true): string[] {
  const text = [
    'apiVersion: eksctl.io/v1alpha5',
    'kind: ClusterConfig',
    'metadata: {name: c, region: us-west-2, version: "1.35"}',
    `${managed ? 'managedNodeGroups' : 'nodeGroups'}:`,
    `  - {name: ng, instanceType: m7i.large, ${group}}`,
  ].join('\n');
  const ng = importEksctlYaml(text).document.design.parts.find(
    (p) => p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group',
  );
  if (!ng || (ng.kind !== 'managed-node-group' && ng.kind !== 'self-managed-node-group')) throw new Error('no node group');
  return ng.props.sshAllowedCidrs;
}

describe('imported SSH exposure follows eksctl (setSSHDefaults, makeSSHIngressRules)', () => {
  it('a key alone turns SSH on, open to the internet in public subnets', () => {
    expect(sshOf('ssh: {publicKeyName: ops-key}')).toEqual(['0.0.0.0/0']);
    expect(sshOf('ssh: {publicKeyPath: ~/.ssh/id_ed25519.pub}', false)).toEqual(['0.0.0.0/0']);
    expect(sshOf('ssh: {allow: true}')).toEqual(['0.0.0.0/0']);
  });

  it('SSH turned off, even with a key, opens nothing', () => {
    expect(sshOf('ssh: {allow: false, publicKeyName: ops-key}')).toEqual([]);
    expect(sshOf('ssh: {publicKeyName: ""}')).toEqual([]);
    expect(sshOf('privateNetworking: false')).toEqual([]);
  });

  it('source security groups or private networking narrow it, so it is not open to the internet', () => {
    expect(sshOf('ssh: {allow: true, publicKeyName: k, sourceSecurityGroupIds: [sg-0bastion0000000001]}')).toEqual([]);
    expect(sshOf('privateNetworking: true, ssh: {allow: true}', false)).toEqual([]);
  });
});
