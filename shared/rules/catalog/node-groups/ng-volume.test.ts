import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngVolume as rule } from './ng-volume.js';

describe(rule.id, () => {
  it('flags encryption without a size, IOPS on gp2, out-of-range IOPS and throughput, and a key without encryption', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    volumeEncrypted: true\n' +
      '  - name: b\n    volumeSize: 50\n    volumeType: gp2\n    volumeIOPS: 3000\n' +
      '  - name: c\n    volumeSize: 50\n    volumeIOPS: 20000\n' +
      'managedNodeGroups:\n  - name: d\n    volumeType: io1\n    volumeIOPS: 50\n' +
      '  - name: e\n    volumeThroughput: 2000\n' +
      '  - name: f\n    volumeKmsKeyID: 1234abcd-12ab-34cd-56ef-1234567890ab\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['managedNodeGroups[0].volumeIOPS', 'value for managedNodeGroups[0].volumeIOPS must be within range 100-64000'],
      ['managedNodeGroups[1].volumeThroughput', 'value for managedNodeGroups[1].volumeThroughput must be within range 125-1000'],
      [
        'managedNodeGroups[2].volumeKmsKeyID',
        'managedNodeGroups[2].volumeKmsKeyID can not be set without managedNodeGroups[2].volumeEncrypted enabled explicitly',
      ],
      ['nodeGroups[0].volumeEncrypted', 'nodeGroups[0].volumeEncrypted cannot be set without nodeGroups[0].volumeSize'],
      ['nodeGroups[1].volumeIOPS', 'nodeGroups[1].volumeIOPS is only supported for io1, io2 and gp3 volume types'],
      ['nodeGroups[2].volumeIOPS', 'value for nodeGroups[2].volumeIOPS must be within range 3000-16000'],
    ]);
  });

  it('passes a managed group encrypting its default-size volume, and options within range', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    volumeEncrypted: true\n    volumeKmsKeyID: 1234abcd-12ab-34cd-56ef-1234567890ab\n' +
      'nodeGroups:\n  - name: b\n    volumeSize: 100\n    volumeType: io2\n    volumeIOPS: 64000\n' +
      '  - name: c\n    volumeSize: 100\n    volumeIOPS: 6000\n    volumeThroughput: 500\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
