import { describe, expect, it } from 'vitest';
import { formatPath } from '../util/locate.js';
import { designFileLocator, parseConfigPath } from './locate.js';
import { ruleName } from './sarif-log.js';

describe('parseConfigPath', () => {
  it.each([
    ['managedNodeGroups[0].volumeIOPS', ['managedNodeGroups', 0, 'volumeIOPS']],
    ['iam.withOIDC', ['iam', 'withOIDC']],
    ['managedNodeGroups[1].labels["node.kubernetes.io/role"]', ['managedNodeGroups', 1, 'labels', 'node.kubernetes.io/role']],
    ['vpc.subnets.private["us-east-1a"].cidr', ['vpc', 'subnets', 'private', 'us-east-1a', 'cidr']],
  ])('reads %s back into the path formatPath wrote', (text, path) => {
    expect(parseConfigPath(text)).toEqual(path);
    expect(formatPath(path)).toBe(text);
  });
});

describe('designFileLocator', () => {
  const text = [
    '{',
    '  "design": {',
    '    "parts": [',
    '      {',
    '        "id": "a"',
    '      },',
    '      { "id": "b" }',
    '    ]',
    '  }',
    '}',
  ].join('\n');
  it('finds the line of a part\'s "id", and the design for a finding about no part', () => {
    const locate = designFileLocator(text);
    expect(locate({ partIds: ['a'] })).toEqual({ line: 5, column: 15 });
    expect(locate({ partIds: ['b', 'a'] })?.line).toBe(7);
    expect(locate({ partIds: [] })?.line).toBe(2);
    expect(locate({ partIds: ['gone'] })?.line).toBe(2);
  });
});

describe('ruleName', () => {
  it('turns a rule id into a PascalCase name', () => {
    expect(ruleName('vpc.cluster-subnets-two-azs')).toBe('VpcClusterSubnetsTwoAzs');
  });
});
