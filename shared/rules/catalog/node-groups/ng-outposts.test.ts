import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngOutposts as rule } from './ng-outposts.js';

describe(rule.id, () => {
  const outpost = 'arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0';
  it('flags a non-Outposts ARN, two Outposts, and zones or a selector on an Outpost', () => {
    const yaml =
      `nodeGroups:\n  - name: a\n    outpostARN: arn:aws:ec2:us-west-2:111122223333:instance/i-0\n` +
      `  - name: b\n    outpostARN: ${outpost}\n    availabilityZones: [us-west-2a]\n` +
      `  - name: c\n    outpostARN: ${outpost.replace('abcdef0', 'abcdef1')}\n`;
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['nodeGroups[0].outpostARN', 'invalid Outpost ARN: "arn:aws:ec2:us-west-2:111122223333:instance/i-0"'],
      [
        'nodeGroups[1].availabilityZones',
        'availabilityZones cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ',
      ],
      [
        'nodeGroups[2].outpostARN',
        `cannot create nodegroups in two different Outposts; got Outpost ARN "${outpost}" and "${outpost.replace('abcdef0', 'abcdef1')}"`,
      ],
    ]);
  });

  it('passes node groups on one Outpost without zones', () => {
    const yaml = `nodeGroups:\n  - name: a\n    outpostARN: ${outpost}\n  - name: b\n    outpostARN: ${outpost}\n`;
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
