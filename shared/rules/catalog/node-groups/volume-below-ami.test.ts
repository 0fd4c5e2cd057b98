import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { volumeBelowAmi as rule } from './volume-below-ami.js';

const ng = (list: string, fields: string) => `${list}:\n  - name: ng\n    instanceType: m7i.large\n${fields}`;
const found = (body: string) => runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['minimum'], f.params?.['amiFamily']]);

describe(rule.id, () => {
  it('flags a volume smaller than the AMI snapshot, for the default family and whatever the letter case', () => {
    expect(found(ng('managedNodeGroups', '    volumeSize: 10\n'))).toEqual([
      ['managedNodeGroups[0].volumeSize', 20, 'AmazonLinux2023'],
    ]);
    expect(found(ng('nodeGroups', '    amiFamily: bottlerocket\n    volumeSize: 8\n'))).toEqual([
      ['nodeGroups[0].volumeSize', 20, 'Bottlerocket'],
    ]);
    expect(found(ng('nodeGroups', '    amiFamily: WindowsServer2022CoreContainer\n    volumeSize: 20\n'))).toEqual([
      ['nodeGroups[0].volumeSize', 30, 'WindowsServer2022CoreContainer'],
    ]);
  });

  it('passes the snapshot size, unset sizes, custom AMIs and families whose snapshot it does not know', () => {
    expect(found(ng('managedNodeGroups', '    volumeSize: 20\n'))).toEqual([]);
    expect(found(ng('managedNodeGroups', ''))).toEqual([]);
    expect(
      found(ng('nodeGroups', '    ami: ami-0123456789abcdef0\n    amiFamily: AmazonLinux2023\n    volumeSize: 10\n')),
    ).toEqual([]);
    expect(found(ng('managedNodeGroups', '    amiFamily: Ubuntu2404\n    volumeSize: 10\n'))).toEqual([]);
    // Amazon Linux 2's EKS AMI is built from a 4 GiB snapshot (20 GiB is only its default size).
    expect(found(ng('managedNodeGroups', '    amiFamily: AmazonLinux2\n    volumeSize: 10\n'))).toEqual([]);
    expect(found(ng('managedNodeGroups', '    amiFamily: AmazonLinux2\n    volumeSize: 3\n'))).toEqual([
      ['managedNodeGroups[0].volumeSize', 4, 'AmazonLinux2'],
    ]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
