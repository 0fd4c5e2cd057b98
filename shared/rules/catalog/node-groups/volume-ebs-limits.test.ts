import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { ebsVolumeProblem, volumeEbsLimits as rule } from './volume-ebs-limits.js';

describe(rule.id, () => {
  it("knows the EBS limits eksctl does not check, after eksctl's defaults (80 GiB gp3, 3000 IOPS, 125 MiB/s)", () => {
    expect(ebsVolumeProblem({ volumeThroughput: 1000 }, false)).toBe(
      'Throughput (MiBps) to iops ratio of 0.333333 is too high; maximum is 0.250000 MiBps per iops',
    );
    expect(ebsVolumeProblem({ volumeThroughput: 1000, volumeIOPS: 4000 }, false)).toBeUndefined();
    expect(ebsVolumeProblem({ volumeSize: 20, volumeIOPS: 16000 }, false)).toBe(
      'Iops to volume size ratio of 800.000000 is too high; maximum is 500.000000',
    );
    // Every gp3 volume gets 3,000 IOPS whatever its size (a 4 GiB AL2 root volume is fine); the ratio binds above that.
    expect(ebsVolumeProblem({ volumeSize: 4 }, false)).toBeUndefined();
    expect(ebsVolumeProblem({ volumeSize: 4, volumeIOPS: 3000 }, false)).toBeUndefined();
    expect(ebsVolumeProblem({ volumeSize: 6, volumeIOPS: 3001 }, false)).toBe(
      'Iops to volume size ratio of 500.166667 is too high; maximum is 500.000000',
    );
    expect(ebsVolumeProblem({ volumeSize: 20, volumeType: 'io1', volumeIOPS: 5000 }, false)).toContain('maximum is 50.000000');
    expect(ebsVolumeProblem({ volumeSize: 20, volumeType: 'io2', volumeIOPS: 20000 }, false)).toBeUndefined();
    expect(ebsVolumeProblem({ volumeSize: 500, volumeType: 'st1' }, false)).toBe("st1 volumes can't be used as boot volumes");
    expect(ebsVolumeProblem({ volumeSize: 100, volumeType: 'sc1', volumeName: '/dev/xvdb' }, false)).toBe(
      'sc1 volumes must be at least 125 GiB, got 100 GiB',
    );
    // Bottlerocket: eksctl's volume is the data disk, unless encryption gives the OS disk the same type.
    expect(ebsVolumeProblem({ amiFamily: 'Bottlerocket', volumeSize: 500, volumeType: 'st1' }, false)).toBeUndefined();
    expect(
      ebsVolumeProblem({ amiFamily: 'Bottlerocket', volumeSize: 500, volumeType: 'st1', volumeEncrypted: true }, false),
    ).toBe("st1 volumes can't be used as boot volumes");
    // Outside eksctl's own ranges eksctl.ng-volume speaks; gp2 on Outposts has no ratio.
    expect(ebsVolumeProblem({ volumeThroughput: 1001 }, false)).toBeUndefined();
    expect(ebsVolumeProblem({ volumeSize: 20 }, true)).toBeUndefined();
    const key = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    expect(ebsVolumeProblem({ volumeEncrypted: true, volumeKmsKeyID: key }, false, 'us-west-2')).toBe(
      `the KMS key ${key} is in eu-west-1, not in the cluster's Region us-west-2`,
    );
    expect(ebsVolumeProblem({ volumeEncrypted: true, volumeKmsKeyID: key }, false, 'eu-west-1')).toBeUndefined();
  });

  it('points at the field the problem is about', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    volumeThroughput: 1000\n' +
      '  - name: c\n    launchTemplate:\n      id: lt-0123456789abcdef0\n' +
      'nodeGroups:\n  - name: b\n    volumeSize: 500\n    volumeType: st1\n' +
      '  - name: d\n    additionalVolumes:\n      - volumeName: /dev/xvdb\n        volumeSize: 500\n        volumeType: st1\n' +
      '      - volumeName: /dev/xvdc\n        volumeSize: 10\n        volumeIOPS: 6000\n';
    expect(runOnYaml(rule, yaml).map((f) => f.configPath)).toEqual([
      'managedNodeGroups[0].volumeThroughput',
      'nodeGroups[0].volumeType',
      'nodeGroups[1].additionalVolumes[1].volumeIOPS',
    ]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
